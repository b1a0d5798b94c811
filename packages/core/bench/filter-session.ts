/**
 * A visitor's filtering session, replayed by the benchmark one step per iteration: a query typed
 * letter by letter (accents or not), chips toggled, a day and a room picked, and a query that
 * matches nothing. Repeating one set of criteria would time a case the CPU has memorised; these
 * steps keep changing what is read and how much matches, from every workshop to none.
 */
import type { WorkshopCriteria } from '../src/agenda/index.js';

const TYPED = ['é', 'éc', 'eco', 'écon', 'économ', 'économie', 'économie s', 'économie soc'];

export const FILTER_SESSION: readonly WorkshopCriteria[] = [
  ...TYPED.map((query) => ({ query })),
  { query: 'économie sociale', themeIds: ['circular'] },
  { query: 'économie sociale', themeIds: ['circular'], languages: ['fr'] },
  { query: 'économie sociale', themeIds: ['circular', 'digital'], languages: ['en'] },
  { themeIds: ['leadership'], formats: ['panel', 'keynote'] },
  { languages: ['bilingual'], days: ['2023-05-17'] },
  { days: ['2023-05-18', '2023-05-19'], rooms: ['Salle 3'] },
  { query: 'personne fictive 7', formats: ['workshop'] },
  { query: 'cooperative exemple 1', days: ['2023-05-16'] },
  { query: 'numerique climat' },
  { query: 'zzz introuvable' },
  { query: 'Salle 12', themeIds: ['digital'] },
  {},
];
