/**
 * Builds a large, valid summit for benchmarks: `workshopCount` workshops spread over five days,
 * twenty rooms and three themes, with bilingual text and speakers, so parsing, filtering and
 * export see data shaped like a real (if enormous) summit.
 */
import type { SummitInput, WorkshopInput } from '../src/summit/summit.schema.js';

const THEMES = [
  {
    id: 'leadership',
    name: { fr: 'Leadership coopératif', en: 'Co-operative leadership' },
    color: '#1f5f8b',
  },
  { id: 'circular', name: { fr: 'Économie circulaire', en: 'Circular economy' }, color: '#2e7d32' },
  { id: 'digital', name: { fr: 'Numérisation', en: 'Digitalization' }, color: '#6a1b9a' },
];
const FORMATS = ['workshop', 'panel', 'keynote', 'networking'] as const;
const LANGUAGES = ['fr', 'en', 'bilingual'] as const;
const ROOMS = 20;
const DAYS = 5;
const MEMBERS = 200;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** `HH:MM:SS` of a number of seconds since midnight. */
function clock(seconds: number): string {
  return `${pad(Math.floor(seconds / 3600))}:${pad(Math.floor(seconds / 60) % 60)}:${pad(seconds % 60)}`;
}

export function makeSyntheticSummit(workshopCount: number): SummitInput {
  const members = Array.from({ length: MEMBERS }, (_, index) => ({
    id: `m${index}`,
    name: `Personne Fictive ${index}`,
    kind: (['cooperative', 'mutual', 'academic', 'individual'] as const)[index % 4]!,
    organisation: `Coopérative Exemple ${index % 17}`,
  }));
  const slotsPerDay = Math.ceil(workshopCount / (DAYS * ROOMS));
  const workshops: WorkshopInput[] = [];
  for (let index = 0; index < workshopCount; index += 1) {
    const room = index % ROOMS;
    const slot = Math.floor(index / ROOMS);
    const day = Math.floor(slot / slotsPerDay);
    const slotInDay = slot % slotsPerDay;
    // Each day's slots share 08:00–20:00 evenly, to the second: every size keeps its days
    // whole, its slots of twenty workshops and its workshops in time order, so the sizes differ
    // in number only. (Five-minute slots wrapped past midnight at 100,000 workshops, which gave
    // that size larger slots, out of order.)
    const seconds = 8 * 3600 + Math.floor((slotInDay * 12 * 3600) / slotsPerDay);
    const date = `2023-05-${pad(16 + day)}`;
    const start = `${date}T${clock(seconds)}-04:00`;
    const end = `${date}T${clock(seconds + 4 * 60)}-04:00`;
    const theme = THEMES[index % THEMES.length]!;
    workshops.push({
      id: `w${index}`,
      title: { fr: `Atelier ${index} : économie sociale`, en: `Workshop ${index}: social economy` },
      summary: {
        fr: `Des coopératives partagent leurs pratiques de ${theme.name.fr.toLowerCase()}.`,
        en: `Co-operatives share their ${theme.name.en.toLowerCase()} practices.`,
      },
      themeIds: [theme.id],
      start,
      end,
      room: `Salle ${room + 1}`,
      format: FORMATS[index % FORMATS.length]!,
      language: LANGUAGES[index % LANGUAGES.length]!,
      speakerIds: [`m${index % MEMBERS}`, `m${(index * 7) % MEMBERS}`].filter(
        (id, position, ids) => ids.indexOf(id) === position,
      ),
      tags: ['coopération', index % 2 === 0 ? 'climat' : 'numérique'],
    });
  }
  const summit: SummitInput = {
    id: `synthetic-${workshopCount}`,
    name: {
      fr: `Sommet synthétique (${workshopCount})`,
      en: `Synthetic summit (${workshopCount})`,
    },
    year: 2023,
    city: 'Montréal',
    country: 'CA',
    timeZone: 'America/Montreal',
    startDate: '2023-05-16',
    endDate: `2023-05-${pad(16 + DAYS - 1)}`,
    themes: THEMES,
    workshops,
    members,
  };
  // Through JSON, as every real summit arrives (a fetched or read file). The template strings
  // above are V8 "cons strings", pairs of pieces that every character read has to walk; parsed
  // JSON holds flat strings. Timing the former measured data no real summit has.
  return JSON.parse(JSON.stringify(summit)) as SummitInput;
}
