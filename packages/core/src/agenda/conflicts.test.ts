import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../summit/summit.schema.js';
import { findConflictGroups, findConflicts } from './conflicts.js';
import { makeSummit, makeWorkshop, workshopsArbitrary } from './testing/helpers.js';
import { spanOf } from './time.js';

const at = (id: string, start: string, end: string): Workshop =>
  makeWorkshop({ id, start: `2023-05-16T${start}:00-04:00`, end: `2023-05-16T${end}:00-04:00` });

const a = at('a', '09:00', '10:00');
const b = at('b', '09:30', '11:00');
const c = at('c', '10:00', '11:00'); // touches a, overlaps b
const d = at('d', '13:00', '14:00');
const e = at('e', '13:30', '13:45');

const pairs = (conflicts: ReturnType<typeof findConflicts>): string[] =>
  conflicts.map(({ first, second }) => `${first.id}-${second.id}`);

describe('findConflicts', () => {
  it('finds overlapping pairs, earliest first', () => {
    expect(pairs(findConflicts([d, c, b, a, e]))).toEqual(['a-b', 'b-c', 'd-e']);
  });

  it('does not count workshops that only touch', () => {
    expect(findConflicts([a, c])).toEqual([]);
  });

  it('reads ids from a summit, once each, ignoring unknown ones', () => {
    const summit = makeSummit([a, b, c, d, e]);
    expect(pairs(findConflicts(['c', 'b', 'b', 'nope'], summit))).toEqual(['b-c']);
    expect(pairs(findConflicts(new Set(['a', 'b']), summit))).toEqual(['a-b']);
    expect(findConflicts([], summit)).toEqual([]);
  });

  it('counts a workshop given twice once', () => {
    expect(findConflicts([a, a])).toEqual([]);
  });

  it('compares instants, not written times', () => {
    const paris = makeWorkshop({
      id: 'paris',
      start: '2023-05-16T15:45:00+02:00',
      end: '2023-05-16T16:30:00+02:00',
    });
    expect(pairs(findConflicts([a, paris]))).toEqual(['a-paris']);
  });

  it('agrees with checking every pair', () => {
    fc.assert(
      fc.property(workshopsArbitrary(30), (input) => {
        const expected: string[] = [];
        for (let i = 0; i < input.length; i++) {
          for (let j = i + 1; j < input.length; j++) {
            const x = spanOf(input[i]!);
            const y = spanOf(input[j]!);
            if (x.start < y.end && y.start < x.end) {
              expected.push([input[i]!.id, input[j]!.id].sort().join('-'));
            }
          }
        }
        const found = findConflicts(input);
        for (const { first, second } of found) {
          expect(spanOf(first).start).toBeLessThanOrEqual(spanOf(second).start);
        }
        const actual = found.map(({ first, second }) => [first.id, second.id].sort().join('-'));
        expect(actual.sort()).toEqual(expected.sort());
      }),
    );
  });
});

describe('findConflictGroups', () => {
  it('gathers chains of overlaps and leaves lone workshops out', () => {
    const groups = findConflictGroups([e, d, c, b, a, at('lone', '16:00', '17:00')]);
    expect(groups.map((group) => group.map((w) => w.id))).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });

  it('accepts ids and a summit', () => {
    const summit = makeSummit([a, b, c, d, e]);
    expect(findConflictGroups(['a', 'c', 'd'], summit)).toEqual([]);
  });

  it('agrees with the connected parts of the conflict pairs', () => {
    fc.assert(
      fc.property(workshopsArbitrary(30), (input) => {
        // Union-find over the brute-force pairs.
        const parent = new Map(input.map((w) => [w.id, w.id]));
        const root = (id: string): string => {
          let current = id;
          while (parent.get(current) !== current) current = parent.get(current)!;
          return current;
        };
        for (let i = 0; i < input.length; i++) {
          for (let j = i + 1; j < input.length; j++) {
            const x = spanOf(input[i]!);
            const y = spanOf(input[j]!);
            if (x.start < y.end && y.start < x.end)
              parent.set(root(input[i]!.id), root(input[j]!.id));
          }
        }
        const components = new Map<string, string[]>();
        for (const w of input)
          components.set(root(w.id), [...(components.get(root(w.id)) ?? []), w.id]);
        const expected = [...components.values()]
          .filter((ids) => ids.length > 1)
          .map((ids) => ids.sort().join(','))
          .sort();
        const actual = findConflictGroups(input)
          .map((group) =>
            group
              .map((w) => w.id)
              .sort()
              .join(','),
          )
          .sort();
        expect(actual).toEqual(expected);
      }),
    );
  });
});
