/**
 * How the words schedule tools use map onto GICS vocabulary: organisers' session types onto
 * `WorkshopFormat`, language codes and names onto BCP 47 tags.
 *
 * **Formats by meaning.** Organisers name their session types freely ("Talk 30 min + 10min
 * Q&A", "Workshop 50 Minutes", "Podiumsdiskussion", "Charla", "Table ronde"). A label is cut
 * into words (accents, digits, durations and punctuation set aside; German compounds read by
 * their last part, so "Kaffeepause" is a "pause" and "Kurzvortrag" a "Vortrag"; plurals read as
 * singulars), and each word is looked up in the keyword lists below, in English, French,
 * German, Spanish, Portuguese, Italian and Dutch. When several formats match, the more specific
 * wins, in this order:
 *
 * | Order | GICS format  | Words (a sample)                                                         |
 * | ----- | ------------ | ------------------------------------------------------------------------ |
 * | 1     | `keynote`    | keynote, conférence d'ouverture, Hauptvortrag, conferencia magistral     |
 * | 2     | `panel`      | panel, table ronde, Podiumsdiskussion, mesa redonda, tavola rotonda      |
 * | 3     | `workshop`   | workshop, atelier, Werkstatt, taller, oficina, laboratorio, tutorial     |
 * | 4     | `plenary`    | plenary, plénière, opening, clôture, Eröffnung, apertura, clausura       |
 * | 5     | `talk`       | talk, lecture, conférence, Vortrag, charla, ponencia, palestra, lezing   |
 * | 6     | `networking` | break, pause, lunch, café, Mittagessen, almuerzo, pranzo, networking     |
 * | 7     | `other`      | other, autre, sonstiges, otro, altro                                     |
 *
 * A label whose words say nothing gives `undefined`: the caller then decides from what else the
 * source says (Sessionize's service and plenum flags, a pretalx break) and keeps the label itself
 * as `formatLabel` whatever the format. So a Sessionize keynote flagged as plenum or service is
 * a `keynote`: the flags only speak when the words do not.
 *
 * **Languages** are kept as canonical BCP 47 tags (`de`, `es`, `pt-BR`), checked with
 * `Intl.getCanonicalLocales` and `Intl.DisplayNames`; a language *name* ("Deutsch", "Español",
 * "Brazilian Portuguese", "anglais") is recognised in the common languages through
 * `Intl.DisplayNames` too, so no table of names ships. French and English together make
 * `bilingual`.
 */
import { canonicalLanguage, LANGUAGE_PATTERN } from '../summit/checks.js';
import type { WorkshopFormat } from '../summit/summit.schema.js';

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

/** The words of a label: letters only, so "30 min + 10min Q&A" leaves "min", "min", "q", "a". */
function wordsOf(label: string): string[] {
  return normalizeWord(label)
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 0);
}

/** Pauses in the programme rather than activities: `breaks: 'skip'` leaves these out. */
const BREAK_WORDS = [
  // en
  'break',
  'coffee',
  'lunch',
  'dinner',
  'breakfast',
  'meal',
  'snack',
  'tea',
  'recess',
  'intermission',
  // fr
  'pause',
  'cafe',
  'dejeuner',
  'diner',
  'souper',
  'repas',
  'collation',
  // de
  'kaffee',
  'mittag',
  'mittagessen',
  'abendessen',
  'fruhstuck',
  'essen',
  // es, pt
  'descanso',
  'receso',
  'almuerzo',
  'comida',
  'cena',
  'merienda',
  'intervalo',
  'almoco',
  'lanche',
  'jantar',
  // it
  'pranzo',
  'pausa',
  'pausen',
  // nl
  'koffie',
  'lunchpauze',
  'pauze',
];

/** Keyword phrases (normalised, space-separated) for each format, in order of precedence. */
const FORMAT_WORDS: ReadonlyArray<readonly [WorkshopFormat, readonly string[]]> = [
  [
    'keynote',
    [
      'keynote',
      'conference d ouverture',
      'conference de cloture',
      'conference inaugurale',
      'conference pleniere',
      'discours d ouverture',
      'grand temoin',
      'hauptvortrag',
      'festvortrag',
      'eroffnungsvortrag',
      'conferencia magistral',
      'conferencia inaugural',
      'ponencia inaugural',
      'ponencia magistral',
      'palestra magna',
      'palestra de abertura',
      'conferenza inaugurale',
      'lezione magistrale',
      'openingslezing',
    ],
  ],
  [
    'panel',
    [
      'panel',
      'panels',
      'podium',
      'diskussion',
      'discussion',
      'roundtable',
      'round table',
      'fishbowl',
      'debate',
      'debat',
      'table ronde',
      'gesprachsrunde',
      'diskussionsrunde',
      'mesa redonda',
      'coloquio',
      'tavola rotonda',
      'dibattito',
      'forumsdiskussion',
      'paneldiscussie',
      'rondetafel',
      'fireside chat',
      'interview',
      'conversatorio',
      'entrevista',
      'bate papo',
    ],
  ],
  [
    'workshop',
    [
      'workshop',
      'hands on',
      'tutorial',
      'training',
      'masterclass',
      'bootcamp',
      'lab',
      'hackathon',
      'sprint',
      'atelier',
      'tutoriel',
      'formation',
      'werkstatt',
      'ubung',
      'schulung',
      'taller',
      'oficina',
      'laboratorio',
      'minicurso',
      'curso',
      'corso',
      'practicum',
    ],
  ],
  [
    'plenary',
    [
      'plenary',
      'plenum',
      'opening',
      'closing',
      'welcome',
      'assembly',
      'ceremony',
      'pleniere',
      'ouverture',
      'cloture',
      'bienvenue',
      'assemblee',
      'plenar',
      'plenarsitzung',
      'eroffnung',
      'begrussung',
      'abschluss',
      'plenaria',
      'plenario',
      'apertura',
      'clausura',
      'inauguracion',
      'bienvenida',
      'abertura',
      'encerramento',
      'chiusura',
      'benvenuto',
      'plenaire',
      'afsluiting',
      'welkom',
    ],
  ],
  [
    'talk',
    [
      'talk',
      'lecture',
      'presentation',
      'lightning',
      'ignite',
      'pecha kucha',
      'speech',
      'demo',
      'showcase',
      'spotlight',
      'conference',
      'expose',
      'vortrag',
      'vortrage',
      'referat',
      'impuls',
      'impulsvortrag',
      'charla',
      'ponencia',
      'conferencia',
      'presentacion',
      'comunicacion',
      'palestra',
      'apresentacao',
      'comunicacao',
      'intervento',
      'relazione',
      'presentazione',
      'conferenza',
      'lezione',
      'lezing',
      'presentatie',
      'voordracht',
      'praatje',
    ],
  ],
  [
    'networking',
    [
      ...BREAK_WORDS,
      'networking',
      'meeting',
      'social',
      'party',
      'meetup',
      'reception',
      'cocktail',
      'mixer',
      'get together',
      'happy hour',
      'reseautage',
      'apero',
      'soiree',
      'empfang',
      'feier',
      'treffen',
      'convivio',
      'brindis',
      'confraternizacao',
      'rinfresco',
      'borrel',
    ],
  ],
  ['other', ['other', 'autre', 'misc', 'divers', 'sonstiges', 'otro', 'outro', 'altro', 'overig']],
];

/** Single keywords by format; phrases of several words are matched on the label as a whole. */
const FORMAT_BY_WORD = new Map<string, WorkshopFormat>();
const FORMAT_PHRASES: Array<readonly [string, WorkshopFormat]> = [];
for (const [format, words] of FORMAT_WORDS) {
  for (const word of words) {
    if (word.includes(' ')) FORMAT_PHRASES.push([word, format]);
    else if (!FORMAT_BY_WORD.has(word)) FORMAT_BY_WORD.set(word, format);
  }
}
const FORMAT_ORDER = FORMAT_WORDS.map(([format]) => format);
/** Keywords long enough to be recognised as the last part of a German compound. */
const COMPOUND_TAILS = [...FORMAT_BY_WORD.keys()].filter((word) => word.length >= 5);

/** The format one word names: as is, as a singular, or as the tail of a compound. */
function formatOfWord(word: string): WorkshopFormat | undefined {
  const direct =
    FORMAT_BY_WORD.get(word) ??
    (word.endsWith('s') ? FORMAT_BY_WORD.get(word.slice(0, -1)) : undefined) ??
    (word.endsWith('es') ? FORMAT_BY_WORD.get(word.slice(0, -2)) : undefined) ??
    (word.endsWith('en') ? FORMAT_BY_WORD.get(word.slice(0, -2)) : undefined);
  if (direct) return direct;
  if (word.length < 8) return undefined;
  const tail = COMPOUND_TAILS.find(
    (keyword) => word.length > keyword.length && word.endsWith(keyword),
  );
  return tail === undefined ? undefined : FORMAT_BY_WORD.get(tail);
}

/** Every format a label's words name. */
function formatsNamed(label: string): Set<WorkshopFormat> {
  const words = wordsOf(label);
  const found = new Set<WorkshopFormat>();
  const joined = ` ${words.join(' ')} `;
  for (const [phrase, format] of FORMAT_PHRASES) {
    if (joined.includes(` ${phrase} `)) found.add(format);
  }
  for (const word of words) {
    const format = formatOfWord(word);
    if (format) found.add(format);
  }
  return found;
}

/**
 * The GICS format an organiser's session-type label means ("Talk 30 min + 10min Q&A" → `talk`,
 * "Podiumsdiskussion" → `panel`, "Taller" → `workshop`, "Pause café" → `networking`), or
 * `undefined` when its words say nothing the vocabulary knows.
 */
export function formatFromType(type: string): WorkshopFormat | undefined {
  const found = formatsNamed(type);
  return FORMAT_ORDER.find((format) => found.has(format));
}

/**
 * Whether a label names a pause in the programme (lunch, coffee, "Kaffeepause"…) and nothing
 * more specific, which `breaks: 'skip'` leaves out.
 */
export function isBreakType(type: string): boolean {
  if (formatFromType(type) !== 'networking') return false;
  return wordsOf(type).some((word) => {
    const singular = word.replace(/e?s$/, '');
    return (
      BREAK_WORDS.includes(word) ||
      BREAK_WORDS.includes(singular) ||
      (word.length >= 8 &&
        BREAK_WORDS.some((keyword) => keyword.length >= 5 && word.endsWith(keyword)))
    );
  });
}

/** What a source says about a session's kind, for `sessionFormat`. */
export interface SessionKindSource {
  /** The source's labels, most telling first (a type, then a format category…). */
  labels: ReadonlyArray<string | undefined>;
  /** The source marks the session as a break or service session (pretalx break, Sessionize). */
  isBreak?: boolean;
  /** The source marks the session as a plenary (Sessionize `isPlenumSession`). */
  isPlenum?: boolean;
  /** The format of a session the source gives no label and no flag for: `workshop` unless said. */
  unlabelled?: WorkshopFormat;
}

/**
 * The one place every importer decides a session's format: the first label whose words mean
 * a format wins; only when none does, a break flag gives `networking` and a plenum flag
 * `plenary`; else a label nobody understood gives `other` (the displays then show the label,
 * kept as `formatLabel`), and no label at all `unlabelled`. `matched` says whether the format
 * came from a label.
 */
export function sessionFormat(source: SessionKindSource): {
  format: WorkshopFormat;
  matched: boolean;
} {
  let labelled = false;
  for (const label of source.labels) {
    if (label === undefined || label.trim() === '') continue;
    labelled = true;
    const format = formatFromType(label);
    if (format) return { format, matched: true };
  }
  if (source.isBreak) return { format: 'networking', matched: false };
  if (source.isPlenum) return { format: 'plenary', matched: false };
  return { format: labelled ? 'other' : (source.unlabelled ?? 'workshop'), matched: false };
}

// ── Languages ───────────────────────────────────────────────────────────────────────────

/** Languages whose names are recognised in the source (codes of any language are accepted). */
const NAMED_LANGUAGES = [
  'en',
  'fr',
  'de',
  'es',
  'pt',
  'pt-BR',
  'pt-PT',
  'it',
  'nl',
  'ca',
  'eu',
  'gl',
  'pl',
  'cs',
  'sk',
  'sl',
  'hr',
  'sr',
  'hu',
  'ro',
  'bg',
  'el',
  'ru',
  'uk',
  'tr',
  'sv',
  'da',
  'nb',
  'no',
  'fi',
  'et',
  'lv',
  'lt',
  'ga',
  'cy',
  'ar',
  'he',
  'fa',
  'hi',
  'bn',
  'ur',
  'zh',
  'zh-Hans',
  'zh-Hant',
  'ja',
  'ko',
  'vi',
  'th',
  'id',
  'ms',
  'sw',
  'eo',
  'la',
];
/** Languages language names are read in (besides each language's own name for itself). */
const NAME_LOCALES = ['en', 'fr', 'de', 'es', 'pt', 'it', 'nl'];

/** Names that are not any language's display name but are common in schedules. */
const EXTRA_LANGUAGE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['castellano', 'es'],
  ['castilian', 'es'],
  ['brasileiro', 'pt-BR'],
  ['portugues do brasil', 'pt-BR'],
  ['portugues brasileiro', 'pt-BR'],
  ['bilingual', 'bilingual'],
  ['bilingue', 'bilingual'],
  ['bilingues', 'bilingual'],
  ['zweisprachig', 'bilingual'],
];

let namesByWord: Map<string, string> | undefined;

/** Language names in the common languages → tag, built once on first use. */
function languageNames(): Map<string, string> {
  if (namesByWord) return namesByWord;
  const names = new Map<string, string>(EXTRA_LANGUAGE_NAMES);
  const add = (name: string | undefined, tag: string): void => {
    if (name === undefined) return;
    const key = normalizeWord(name.replace(/[()]/g, ' '));
    if (key !== '' && !names.has(key)) names.set(key, tag);
  };
  for (const tag of NAMED_LANGUAGES) {
    for (const locale of [...NAME_LOCALES, tag]) {
      for (const languageDisplay of ['dialect', 'standard'] as const) {
        try {
          add(new Intl.DisplayNames([locale], { type: 'language', languageDisplay }).of(tag), tag);
        } catch {
          // An engine without that locale's data: the other names still serve.
        }
      }
    }
  }
  namesByWord = names;
  return names;
}

let englishLanguageNames: Intl.DisplayNames | undefined;
/** Codes already looked up: a congress schedule repeats a handful of codes a thousand times. */
const tagsByCode = new Map<string, string | undefined>();

/**
 * The canonical BCP 47 tag of a language code (`de`, `DE`, `pt_br`, `ger` → `de`, `pt-BR`), or
 * `undefined` when the text is not the code of a known language. The tag's shape and case are
 * the summit's own rule (`canonicalLanguage`); a code must also name a language `Intl` knows.
 */
export function languageTagFromCode(code: string): string | undefined {
  const candidate = code.trim().replace(/_/g, '-');
  if (candidate === 'bilingual') return undefined;
  if (tagsByCode.has(candidate)) return tagsByCode.get(candidate);
  let tag = canonicalLanguage(candidate);
  try {
    const base = tag?.split('-')[0] ?? 'und';
    englishLanguageNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    const known = base === 'und' ? undefined : englishLanguageNames.of(base);
    if (tag === undefined || known === undefined || !LANGUAGE_PATTERN.test(tag)) tag = undefined;
  } catch {
    tag = undefined;
  }
  tagsByCode.set(candidate, tag);
  return tag;
}

/**
 * One language value as a tag: a code (`es`, `pt-BR`), a name in a common language
 * ("Deutsch", "Español", "anglais", "Portuguese (Brazil)"), or a word meaning bilingual.
 */
export function languageTag(value: string): string | undefined {
  const code = languageTagFromCode(value);
  if (code) return code;
  const key = normalizeWord(value.replace(/[()]/g, ' '));
  return key === '' ? undefined : languageNames().get(key);
}

/**
 * The session language for one or more source values (`["fr"]`, `["English"]`, `["FR + EN"]`,
 * `["Français", "English"]`): a canonical BCP 47 tag, or `bilingual` when French and English
 * (and nothing else) are named. With several other languages the first one named is kept.
 * `undefined` when no value names a language.
 */
export function languageFrom(values: readonly string[]): string | undefined {
  const tags: string[] = [];
  const found = (tag: string | undefined): void => {
    if (tag !== undefined && !tags.includes(tag)) tags.push(tag);
  };
  for (const value of values) {
    const whole = languageTag(value);
    if (whole) {
      found(whole);
      continue;
    }
    // "fr/en", "FR + EN", "Bilingue (FR/EN)", "Español y English": each part a code or a name;
    // within a part, single words are read as names only ("in" is not Indonesian there).
    for (const part of value
      .replace(/[()[\]]/g, ' ')
      .split(/[,/+&|;]+|\s(?:et|and|und|y|e|en)\s/i)) {
      const tag = languageTag(part);
      if (tag) found(tag);
      else for (const word of wordsOf(part)) found(languageNames().get(word));
    }
  }
  if (tags.includes('bilingual')) return 'bilingual';
  const bases = new Set(tags.map((tag) => tag.split('-')[0]));
  if (bases.size === 2 && bases.has('fr') && bases.has('en')) return 'bilingual';
  return tags[0];
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
  if (
    /\b(tracks?|themes?|topics?|thematiques?|volets?|pistes?|themen?|tematicas?|temas?)\b/.test(
      words,
    )
  )
    return 'theme';
  if (
    /\b(languages?|langues?|lang|sprachen?|idiomas?|lenguas?|linguas?|lingue|talen?)\b/.test(words)
  )
    return 'language';
  if (/\b(formats?|types?|session types?|formatos?|tipos?|sessiontyp)\b/.test(words))
    return 'format';
  return 'tag';
}
