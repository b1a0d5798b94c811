import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect.js';
import { SOURCE_FORMATS } from './import-report.js';
import v2Fixture from './fixtures/c3voc-schedule-v2.json' with { type: 'json' };
import mergedFixture from './fixtures/frab-merged-congress.json' with { type: 'json' };
import { fixture } from './testing/support.js';

describe('detectFormat', () => {
  it.each([
    ['frab', fixture('frab')],
    ['pretalx', fixture('pretalx')],
    ['sessionize', fixture('sessionize')],
  ] as const)('recognizes the %s fixture', (format, json) => {
    expect(detectFormat(json)).toBe(format);
  });

  it('takes a merged frab schedule and a C3VOC schedule v2 for frab, which fromFrab reads', () => {
    expect(detectFormat(mergedFixture)).toBe('frab');
    expect(detectFormat(v2Fixture)).toBe('frab');
    // A v2 document's days hold no events; its events list alone is enough.
    expect(detectFormat({ schedule: { events: [] } })).toBe('frab');
  });

  it('recognizes a GICS summit file', () => {
    const summit = {
      id: 'gics-2031',
      name: { fr: 'GICS 2031', en: 'GICS 2031' },
      year: 2031,
      timeZone: 'America/Montreal',
      startDate: '2031-05-13',
      endDate: '2031-05-14',
      workshops: [],
    };
    expect(detectFormat(summit)).toBe('gics');
    expect(detectFormat({ timeZone: 'UTC', workshops: [] })).toBe('gics');
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['a string', '{"schedule":{}}'],
    ['an array', [fixture('frab')]],
    ['an empty object', {}],
    ['a frab envelope without days', { schedule: { conference: { title: 'x' } } }],
    ['talks without a zone', { talks: [] }],
    ['Sessionize sessions alone', { sessions: [], speakers: [] }],
    ['a summit without a zone', { workshops: [] }],
  ])('answers unknown for %s', (_label, json) => {
    expect(detectFormat(json)).toBe('unknown');
  });

  it('never throws and always answers one of the known formats', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBoxedValues: true }), (json) => {
        expect(SOURCE_FORMATS).toContain(detectFormat(json));
      }),
    );
  });

  it('answers unknown rather than throwing on hostile getters', () => {
    const hostile = Object.defineProperty({}, 'schedule', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(detectFormat(hostile)).toBe('unknown');
  });
});
