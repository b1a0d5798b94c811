import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { montreal2023 } from '../samples/montreal-2023.js';
import type { Member, Summit } from '../summit/summit.schema.js';
import { filterWorkshops } from './filter.js';
import {
  adoptWorkshopSearch,
  containsAllWords,
  createWorkshopSearchIndex,
  markWorkshopsWithWords,
  normalizeSearchText,
  prepareWorkshopSearch,
  preparedWorkshopSearch,
  searchWords,
  summitSearchTexts,
} from './search-text.js';
import { makeSummit, makeWorkshop } from './testing/helpers.js';

describe('normalizeSearchText', () => {
  it('ignores case and accents in French', () => {
    expect(normalizeSearchText('Économie SOCIALE à Montréal')).toBe('economie sociale a montreal');
    expect(normalizeSearchText('Coopérative forestière, Saint-Élzéar')).toBe(
      'cooperative forestiere saint elzear',
    );
  });

  it('spells out ligatures and letters without decomposition', () => {
    expect(normalizeSearchText('Œuvre, cœur, Lætitia, Straße, Øresund')).toBe(
      'oeuvre coeur laetitia strasse oresund',
    );
    expect(normalizeSearchText('ﬁnance')).toBe('finance');
  });

  it('turns punctuation and apostrophes into word breaks', () => {
    expect(normalizeSearchText("L’économie d'abord — co-op!")).toBe('l economie d abord co op');
  });

  it('keeps digits and letters of other scripts', () => {
    expect(normalizeSearchText('Salle 2.10')).toBe('salle 2 10');
    expect(normalizeSearchText('協同組合')).toBe('協同組合');
  });
});

/** The definition `normalizeSearchText` implements unit by unit, applied to the whole string. */
const reference = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .toLowerCase()
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/[đð]/g, 'd')
    .replace(/þ/g, 'th')
    .replace(/ς/g, 'σ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

describe('normalizeSearchText, unit by unit', () => {
  // Characters outside the surrogate range, weighted towards Latin letters and punctuation.
  const unit = fc.oneof(
    fc.constantFrom(..."aZéÉèçÇœŒæÆßøŁðþ’'«» -–—.,;:!?ﬁ½²İΣσςàÀ\u0301\u00a0\u2009\t\n0123456789"),
    fc.integer({ min: 0, max: 0xd7ff }).map((code) => String.fromCharCode(code)),
    fc.integer({ min: 0xe000, max: 0xffff }).map((code) => String.fromCharCode(code)),
  );

  it('gives what folding the whole string at once gives', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        expect(normalizeSearchText(text)).toBe(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => {
        const once = normalizeSearchText(text);
        expect(normalizeSearchText(once)).toBe(once);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('searchWords and containsAllWords', () => {
  it('splits a query into distinct normalized words', () => {
    expect(searchWords('  Économie  économie Circulaire ')).toEqual(['economie', 'circulaire']);
    expect(searchWords(' — ')).toEqual([]);
  });

  it('needs every word, anywhere in the text', () => {
    const text = normalizeSearchText('Finance solidaire et économie circulaire');
    expect(containsAllWords(text, searchWords('circ econ'))).toBe(true);
    expect(containsAllWords(text, searchWords('circ climat'))).toBe(false);
    expect(containsAllWords(text, [])).toBe(true);
  });
});

describe('createWorkshopSearchIndex', () => {
  const members: Member[] = [
    {
      id: 'm1',
      name: 'Hélène Côté',
      kind: 'individual',
      organisation: 'Fédération des coops',
      languages: [],
      tags: [],
      links: [],
    },
    { id: 'm2', name: 'Bjørn Ødegård', kind: 'individual', languages: [], tags: [], links: [] },
  ];
  const workshop = makeWorkshop({
    id: 'w1',
    start: '2023-05-16T09:00:00-04:00',
    end: '2023-05-16T10:00:00-04:00',
    title: { fr: 'Économie circulaire', en: 'Circular economy' },
    summary: { fr: 'Réemploi et réparation', en: 'Reuse and repair' },
    room: { fr: 'Salle Desjardins', en: 'Desjardins Room' },
    tags: ['Zéro déchet'],
    speakerIds: ['m1', 'm2', 'unknown'],
  });
  const summit = makeSummit([workshop], members);

  it('is built once per summit', () => {
    expect(createWorkshopSearchIndex(summit)).toBe(createWorkshopSearchIndex(summit));
    expect(createWorkshopSearchIndex(makeSummit([workshop]))).not.toBe(
      createWorkshopSearchIndex(summit),
    );
  });

  it('searches both languages, tags, rooms, speakers and their organisations', () => {
    const index = createWorkshopSearchIndex(summit);
    for (const query of [
      'economie',
      'ÉCONOMIE',
      'circular economy',
      'reemploi',
      'repair',
      'desjardins room',
      'zero dechet',
      'helene cote',
      'bjorn odegard',
      'federation coop',
    ]) {
      expect(index.matches(workshop, query), query).toBe(true);
    }
    expect(index.matches(workshop, 'economie numerique')).toBe(false);
  });

  it('searches the name of the listed room a workshop refers to by id', () => {
    const inHall = makeWorkshop({ ...workshop, id: 'w3', roomId: 'hall' });
    delete inHall.room;
    const rooms = [{ id: 'hall', name: { fr: 'Grande salle', en: 'Main Hall' } }];
    const index = createWorkshopSearchIndex(makeSummit([inHall], members, { rooms }));
    expect(index.matches(inHall, 'grande salle')).toBe(true);
    expect(index.matches(inHall, 'main hall')).toBe(true);
    expect(index.matches(inHall, 'desjardins')).toBe(false);
  });

  it('indexes workshops it was not built with on first use', () => {
    const other = makeWorkshop({
      id: 'w2',
      start: '2023-05-16T09:00:00-04:00',
      end: '2023-05-16T10:00:00-04:00',
      title: 'Cœur de village',
      speakerIds: ['m1'],
    });
    const index = createWorkshopSearchIndex(summit);
    expect(index.textOf(other)).toBe('coeur de village helene cote federation des coops');
  });

  it('searches only the workshop’s own fields without a summit', () => {
    const index = createWorkshopSearchIndex();
    expect(index.matches(workshop, 'circulaire')).toBe(true);
    expect(index.matches(workshop, 'helene')).toBe(false);
  });
});

describe('markWorkshopsWithWords', () => {
  it('counts the words each workshop holds, inside its words too, once per word', () => {
    const summit = {
      members: [],
      workshops: [
        makeWorkshop({ id: 'a', start: '', end: '', title: 'Économie économie sociale' }),
        makeWorkshop({ id: 'b', start: '', end: '', title: 'Sociologie' }),
        makeWorkshop({ id: 'c', start: '', end: '', title: '—' }),
        makeWorkshop({ id: 'd', start: '', end: '', title: 'Coopératives et économie' }),
      ],
    };
    const marks = new Uint32Array(4);
    markWorkshopsWithWords(summit, ['eco', 'soci'], marks);
    expect([...marks]).toEqual([2, 0, 0, 1]);
    markWorkshopsWithWords(summit, ['soci'], marks);
    expect([...marks]).toEqual([1, 1, 0, 0]);
    markWorkshopsWithWords(summit, ['e', 'zzz'], marks);
    expect([...marks]).toEqual([1, 1, 0, 1]);
  });
});

describe('prepareWorkshopSearch', () => {
  it('builds ahead what the first query would, with the same answers', () => {
    const prepared = structuredClone(montreal2023) as Summit;
    const cold = structuredClone(montreal2023) as Summit;
    prepareWorkshopSearch(prepared);
    prepareWorkshopSearch(prepared); // twice is harmless
    for (const query of ['economie', 'Circular', 'coop numer', 'zzz', '']) {
      const ids = (summit: Summit) => filterWorkshops(summit, { query }).map((w) => w.id);
      expect(ids(prepared)).toEqual(ids(cold));
    }
  });
});

describe('adoptWorkshopSearch', () => {
  const queries = ['economie', 'Circular', 'coop numer', 'salle', 'zzz', ''];
  const ids = (summit: Summit, query: string) =>
    filterWorkshops(summit, { query }).map((w) => w.id);

  it('gives a copy of the summit, handed over as another thread would, the same answers', () => {
    const elsewhere = structuredClone(montreal2023) as Summit;
    const here = structuredClone(montreal2023) as Summit;
    const cold = structuredClone(montreal2023) as Summit;
    adoptWorkshopSearch(here, structuredClone(preparedWorkshopSearch(elsewhere)));
    expect(summitSearchTexts(here)).toEqual(summitSearchTexts(cold));
    for (const query of queries) expect(ids(here, query)).toEqual(ids(cold, query));
  });

  it('keeps the index a summit has, and refuses data built for other workshops', () => {
    const built = structuredClone(montreal2023) as Summit;
    const texts = summitSearchTexts(built);
    const other = structuredClone(montreal2023) as Summit;
    other.workshops = other.workshops.slice(1);
    adoptWorkshopSearch(built, preparedWorkshopSearch(other));
    expect(summitSearchTexts(built)).toBe(texts);
    const shorter = structuredClone(montreal2023) as Summit;
    adoptWorkshopSearch(shorter, preparedWorkshopSearch(other));
    const cold = structuredClone(montreal2023) as Summit;
    for (const query of queries) expect(ids(shorter, query)).toEqual(ids(cold, query));
  });
});
