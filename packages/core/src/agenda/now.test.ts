import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Workshop } from '../summit/summit.schema.js';
import { happeningNow, upNext } from './now.js';
import { makeWorkshop, workshopsArbitrary } from './testing/helpers.js';
import { spanOf } from './time.js';

const at = (id: string, start: string, end: string): Workshop =>
  makeWorkshop({ id, start: `2023-05-16T${start}:00-04:00`, end: `2023-05-16T${end}:00-04:00` });

const late = at('late', '09:30', '10:30');
const early = at('early', '09:00', '10:00');
const next1 = at('next-1', '10:00', '11:00');
const next2 = at('next-2', '10:00', '10:30');
const later = at('later', '11:00', '12:00');
const workshops = [later, next2, late, next1, early];
const ids = (list: readonly Workshop[]): string[] => list.map((w) => w.id);

describe('happeningNow', () => {
  it('lists workshops under way, by start', () => {
    expect(ids(happeningNow(workshops, '2023-05-16T09:45:00-04:00'))).toEqual(['early', 'late']);
  });

  it('includes a workshop from its first instant and excludes it at its end', () => {
    const tenOClock = Date.parse('2023-05-16T10:00:00-04:00');
    expect(ids(happeningNow(workshops, tenOClock))).toEqual(['late', 'next-2', 'next-1']);
    expect(ids(happeningNow(workshops, new Date(tenOClock - 1)))).toEqual(['early', 'late']);
  });

  it('is empty between workshops', () => {
    expect(happeningNow(workshops, '2023-05-16T08:00:00-04:00')).toEqual([]);
  });
});

describe('upNext', () => {
  it('gives every workshop of the next slot, in input order', () => {
    expect(ids(upNext(workshops, '2023-05-16T09:45:00-04:00'))).toEqual(['next-2', 'next-1']);
  });

  it('does not count a workshop starting right now', () => {
    expect(ids(upNext(workshops, '2023-05-16T10:00:00-04:00'))).toEqual(['later']);
  });

  it('is empty after the last start', () => {
    expect(upNext(workshops, '2023-05-16T11:00:00-04:00')).toEqual([]);
  });

  it('agrees with sorting by start', () => {
    fc.assert(
      fc.property(workshopsArbitrary(), fc.integer({ min: 0, max: 300 }), (input, quarter) => {
        const now = Date.UTC(2023, 10, 3, 12) + quarter * 15 * 60_000;
        const starts = input.map((w) => spanOf(w).start).filter((start) => start > now);
        const first = Math.min(...starts);
        expect(upNext(input, now)).toEqual(input.filter((w) => spanOf(w).start === first));
        expect(new Set(happeningNow(input, now))).toEqual(
          new Set(input.filter((w) => spanOf(w).start <= now && now < spanOf(w).end)),
        );
      }),
    );
  });
});
