/**
 * Builders and fast-check arbitraries shared by the agenda's tests. Not exported from the
 * package.
 */
import fc from 'fast-check';
import type { Member, Room, Summit, Workshop } from '../../summit/summit.schema.js';
import { WORKSHOP_FORMATS, WORKSHOP_LANGUAGES } from '../../summit/summit.schema.js';

type WorkshopFields = Partial<Workshop> & Pick<Workshop, 'id' | 'start' | 'end'>;

/** A workshop with the defaults `parseSummit` would fill in. */
export function makeWorkshop(fields: WorkshopFields): Workshop {
  return {
    title: fields.id,
    themeIds: [],
    format: 'workshop',
    speakerIds: [],
    links: [],
    tags: [],
    ...fields,
  };
}

/** A summit in Montréal holding `workshops` and `members`, with `extra` fields if given. */
export function makeSummit(
  workshops: Workshop[],
  members: Member[] = [],
  extra: Partial<Summit> = {},
): Summit {
  return {
    id: 'gics-test',
    name: { fr: 'Sommet de test', en: 'Test summit' },
    year: 2023,
    timeZone: 'America/Montreal',
    startDate: '2023-05-16',
    endDate: '2023-05-18',
    rooms: [],
    themes: [],
    workshops,
    members,
    practices: [],
    ...extra,
  };
}

const pad = (value: number): string => String(value).padStart(2, '0');

/** `epoch` written as an ISO 8601 string with the given offset in minutes (`-240` → `-04:00`). */
export function isoWithOffset(epoch: number, offset: number): string {
  const local = new Date(epoch + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** Three days around Montréal's return to standard time (Sunday 5 November 2023, 2:00 EDT). */
const WINDOW_START = Date.UTC(2023, 10, 3, 12);
const QUARTER = 15 * 60_000;

export const THEME_IDS = ['circular', 'finance', 'digital', 'youth'] as const;
export const ROOMS = [
  'Salle 2',
  'Salle 10',
  { fr: 'Agora', en: 'Agora' },
  { fr: 'Salle Desjardins', en: 'Desjardins Room' },
] as const;
/** Listed rooms: the second has the name of one of `ROOMS`, which workshops give as text. */
export const LISTED_ROOMS: Room[] = [
  { id: 'grande-salle', name: { fr: 'Grande salle', en: 'Main Hall' }, capacity: 300 },
  { id: 'salle-2', name: 'Salle 2' },
  { id: 'annexe', name: { en: 'Annex' } },
];
/** Room ids workshops refer to: the listed ones and one the summit does not list. */
export const ROOM_IDS = ['grande-salle', 'salle-2', 'annexe', 'ailleurs'] as const;
/** Languages workshops are held in: the well-known ones and other BCP 47 tags. */
export const LANGUAGE_TAGS = [...WORKSHOP_LANGUAGES, 'de', 'pt-BR', 'fr-CA'] as const;
export const DAYS = ['2023-11-03', '2023-11-04', '2023-11-05', '2023-11-06'] as const;
export const ZONES = ['America/Montreal', 'Europe/Paris', 'Asia/Tokyo', 'UTC'] as const;
const TITLES = [
  { fr: 'Économie sociale et solidaire', en: 'Social and solidarity economy' },
  { fr: 'Cœur de la coopérative', en: 'Heart of the co-operative' },
  'Finance durable',
  { fr: 'Jeunesse et relève', en: 'Youth and succession' },
  { en: 'Digital commons' },
] as const;
const TAGS = ['ESS', 'Québec', 'numérique', 'climat', 'mutuelle'] as const;
export const QUERIES = [
  '',
  'economie',
  'COOP',
  'coeur',
  'finance durable',
  'quebec',
  'salle',
  'zzz',
];

/** A workshop in the three-day window, written with a random offset. */
export const workshopArbitrary = (id: string): fc.Arbitrary<Workshop> =>
  fc
    .record({
      quarter: fc.integer({ min: 0, max: 3 * 96 }),
      length: fc.integer({ min: 1, max: 16 }),
      offset: fc.constantFrom(-300, -240, 0, 60, 540),
      title: fc.constantFrom(...TITLES),
      themeIds: fc.subarray([...THEME_IDS]),
      format: fc.constantFrom(...WORKSHOP_FORMATS),
      language: fc.option(fc.constantFrom(...LANGUAGE_TAGS), { nil: undefined }),
      room: fc.option(fc.constantFrom(...ROOMS), { nil: undefined }),
      roomId: fc.option(fc.constantFrom(...ROOM_IDS), { nil: undefined, freq: 2 }),
      tags: fc.subarray([...TAGS]),
    })
    .map(({ quarter, length, offset, room, roomId, language, ...rest }) => {
      const start = WINDOW_START + quarter * QUARTER;
      return makeWorkshop({
        id,
        start: isoWithOffset(start, offset),
        end: isoWithOffset(start + length * QUARTER, offset),
        ...(room === undefined ? {} : { room }),
        ...(roomId === undefined ? {} : { roomId }),
        ...(language === undefined ? {} : { language }),
        ...rest,
      });
    });

/** Up to `max` workshops with distinct ids. */
export const workshopsArbitrary = (max = 40): fc.Arbitrary<Workshop[]> =>
  fc
    .integer({ min: 0, max })
    .chain((count) =>
      count === 0
        ? fc.constant([])
        : fc.tuple(...Array.from({ length: count }, (_, i) => workshopArbitrary(`w${i}`))),
    );
