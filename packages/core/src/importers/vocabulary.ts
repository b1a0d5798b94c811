/**
 * How the words schedule tools use map onto GICS vocabulary: session types onto
 * `WorkshopFormat`, language codes and labels onto `WorkshopLanguage`.
 *
 * Session types (frab `type`, pretalx `slot_type`, Sessionize flags):
 *
 * | Source words                                                          | GICS format  |
 * | --------------------------------------------------------------------- | ------------ |
 * | keynote, opening keynote, conférence d'ouverture                      | `keynote`    |
 * | plenary, plenum, plénière, opening, closing, ouverture, clôture       | `plenary`    |
 * | panel, podium, discussion, roundtable, table ronde                    | `panel`      |
 * | workshop, atelier, hands-on, lecture, talk, presentation, lightning…  | `workshop`   |
 * | break, pause, lunch, dîner, coffee, café, meal, social, networking…   | `networking` |
 * | other, autre                                                          | `other`      |
 * | anything else                                                         | `other`, with a note |
 * | missing                                                               | `workshop` (the default session) |
 *
 * A talk or lecture becomes `workshop` because that is GICS's ordinary session; breaks become
 * `networking` so that visitors still see lunch and coffee in the agenda (the `breaks: 'skip'`
 * option leaves them out instead).
 */
import type { WorkshopFormat, WorkshopLanguage } from '../summit/summit.schema.js';

/** Lower case, no accents, `_` and `-` as spaces, single spaces. */
function normalizeWord(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[_\-’']+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Pauses in the programme rather than activities; `breaks: 'skip'` leaves these out. */
const BREAK_WORDS = [
  'break',
  'pause',
  'coffee',
  'coffee break',
  'cafe',
  'pause cafe',
  'lunch',
  'diner',
  'dejeuner',
  'souper',
  'dinner',
  'meal',
  'repas',
];

const FORMAT_WORDS: ReadonlyArray<readonly [WorkshopFormat, readonly string[]]> = [
  ['keynote', ['keynote', 'opening keynote', 'closing keynote', 'conference d ouverture']],
  [
    'plenary',
    ['plenary', 'plenum', 'pleniere', 'opening', 'closing', 'ouverture', 'cloture', 'assembly'],
  ],
  ['panel', ['panel', 'podium', 'discussion', 'roundtable', 'round table', 'table ronde']],
  [
    'workshop',
    [
      'workshop',
      'atelier',
      'hands on',
      'lecture',
      'talk',
      'presentation',
      'lightning',
      'lightning talk',
      'session',
      'seance',
      'conference',
      'tutorial',
      'tutoriel',
      'demo',
      'demonstration',
    ],
  ],
  [
    'networking',
    [
      ...BREAK_WORDS,
      'networking',
      'reseautage',
      'social',
      'party',
      'meetup',
      'reception',
      'cocktail',
    ],
  ],
  ['other', ['other', 'autre', 'misc', 'divers']],
];

const FORMAT_BY_WORD = new Map<string, WorkshopFormat>(
  FORMAT_WORDS.flatMap(([format, words]) => words.map((word) => [word, format] as const)),
);

/**
 * The GICS format for a source session type; `undefined` when the type is not recognized
 * (the caller files the session as `other` and writes a note).
 */
export function formatFromType(type: string): WorkshopFormat | undefined {
  return FORMAT_BY_WORD.get(normalizeWord(type));
}

/** Whether a source type names a break (lunch, coffee…), which `breaks: 'skip'` leaves out. */
export function isBreakType(type: string): boolean {
  return BREAK_WORDS.includes(normalizeWord(type));
}

const LANGUAGE_WORDS: ReadonlyArray<readonly [WorkshopLanguage, readonly string[]]> = [
  ['fr', ['fr', 'fra', 'fre', 'french', 'francais', 'francaise']],
  ['en', ['en', 'eng', 'english', 'anglais', 'anglaise']],
  ['bilingual', ['bilingual', 'bilingue', 'bilingues']],
];

const LANGUAGE_BY_WORD = new Map<string, WorkshopLanguage>(
  LANGUAGE_WORDS.flatMap(([language, words]) => words.map((word) => [word, language] as const)),
);

/**
 * The GICS language for one or more source values: a code (`fr`, `fr-CA`, `en_US`), a label
 * (`Français`, `English`, `Bilingue / Bilingual`) or a pair (`fr/en`, `FR + EN`). French and
 * English together give `bilingual`; anything else (`de`, `Español`) gives `undefined`.
 */
export function languageFrom(values: readonly string[]): WorkshopLanguage | undefined {
  const found = new Set<WorkshopLanguage>();
  for (const value of values) {
    const words = normalizeWord(value.replace(/[()]/g, ' '))
      .split(/[\s,/+&|;]+|\bet\b|\band\b/)
      .filter(Boolean);
    for (const word of words) {
      // Regional tags: `fr ca` (from `fr-CA` or `fr_CA`) has been split into `fr` and `ca`.
      const language = LANGUAGE_BY_WORD.get(word);
      if (language) found.add(language);
    }
  }
  if (found.has('bilingual') || (found.has('fr') && found.has('en'))) return 'bilingual';
  if (found.has('fr')) return 'fr';
  if (found.has('en')) return 'en';
  return undefined;
}

/** Sessionize categories hold themes, languages, formats or plain tags. */
export type CategoryKind = 'theme' | 'language' | 'format' | 'tag';

function normalizeTitle(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/** What a Sessionize category holds, judged by its title ("Thème / Track", "Langue"…). */
export function categoryKind(title: string | undefined): CategoryKind {
  if (title === undefined) return 'tag';
  const words = normalizeTitle(title);
  if (/\b(tracks?|themes?|topics?|thematiques?|volets?|pistes?)\b/.test(words)) return 'theme';
  if (/\b(languages?|langues?|lang)\b/.test(words)) return 'language';
  if (/\b(formats?|types?|session types?)\b/.test(words)) return 'format';
  return 'tag';
}
