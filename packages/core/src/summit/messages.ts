/**
 * The sentences `parseSummit` shows for each problem, in Canadian French and in English.
 *
 * Every problem code has one builder here, which receives the facts of the case (the value found,
 * the values allowed, the record's id…) and returns both sentences. The table is checked by the
 * compiler: a code without a builder, or a builder for an unknown code, breaks the build.
 *
 * French sentences are written with ordinary spaces and go through the `fr` tag, which applies
 * French typography to the sentence (never to the user's value inside it): a non-breaking space
 * before `:` and inside « guillemets », a narrow one before `; ! ?`.
 */
import type { SchemaMessage } from './summit.schema.js';

/** What is wrong, in both languages. */
export interface Message {
  fr: string;
  en: string;
}

import type { RecordCollection } from './collections.js';

export { RECORD_COLLECTIONS, type RecordCollection } from './collections.js';

type SchemaMessageParams = { [C in SchemaMessage]: { value: unknown } };

/** The facts each problem code's sentences are built from. */
export interface ProblemParams extends SchemaMessageParams {
  /** A field the schema requires is missing. */
  required: Record<string, never>;
  /** A value of the wrong JSON type, e.g. a number where text is expected. */
  invalid_type: { expected: string; value: unknown };
  /** A value outside a closed list (format, language, member kind). */
  invalid_value: { allowed: ReadonlyArray<unknown>; value: unknown };
  /** Neither a string nor a `{ fr, en }` object where text is expected. */
  invalid_text: { value: unknown };
  /** A number, text or list below its minimum. */
  too_small: { origin: string; limit: number | bigint; inclusive: boolean };
  /** A number, text or list above its maximum. */
  too_big: { origin: string; limit: number | bigint; inclusive: boolean };
  /** A string in a format we did not label ourselves. */
  invalid_format: { format: string; value: unknown };
  /** Anything else the schema refuses. */
  invalid_input: Record<string, never>;
  /** Two records of the same collection share an id. */
  duplicate_id: { id: string; firstWhere: string };
  /** A workshop or practice names a theme that does not exist. */
  unknown_theme: { id: string };
  /** A workshop or practice names a member that does not exist. */
  unknown_member: { id: string };
  /** A workshop's `roomId` names a room the summit does not list. */
  unknown_room: { id: string };
  /** A workshop ends before it starts, or the summit's last day precedes its first. */
  end_before_start: { start: string; end: string; of: 'workshop' | 'summit' };
  /** Lenient mode: a record was left out of the result. */
  record_dropped: { collection: RecordCollection; id: string | undefined };
  /** Lenient mode: an optional field with an invalid value was left out of a record. */
  field_dropped: { collection: RecordCollection; id: string | undefined; field: string };
  /** Lenient mode: a reference was removed from a workshop or practice. */
  reference_dropped: {
    collection: 'workshops' | 'practices';
    ownerId: string;
    target: 'themes' | 'members' | 'rooms';
    id: string;
    reason: 'unknown' | 'dropped';
  };
  /** Reading the data itself failed (a getter or proxy that throws, for instance). */
  unreadable_input: Record<string, never>;
}

export type ProblemCode = keyof ProblemParams;

type MessageBuilders = { [C in ProblemCode]: (params: ProblemParams[C]) => Message };

const NBSP = '\u00A0';
const NNBSP = '\u202F';

/**
 * Template tag for French sentences: fixes the spaces around `: ; ! ? « »` in the literal parts
 * and inserts the interpolated values untouched.
 */
function fr(parts: TemplateStringsArray, ...values: ReadonlyArray<string>): string {
  let text = '';
  parts.forEach((part, index) => {
    text += part
      .replace(/ ([:»])/g, `${NBSP}$1`)
      .replace(/« /g, `«${NBSP}`)
      .replace(/ ([;!?])/g, `${NNBSP}$1`);
    if (index < values.length) text += values[index];
  });
  return text;
}

const MAX_SHOWN_LENGTH = 48;

/** A user's string, shortened and with control characters escaped, ready to quote. */
function excerpt(text: string): string {
  // Code points, not UTF-16 units, so that an emoji is never cut in half.
  const head = Array.from(text.slice(0, MAX_SHOWN_LENGTH * 2 + 2));
  const shown =
    head.length > MAX_SHOWN_LENGTH ? `${head.slice(0, MAX_SHOWN_LENGTH).join('')}…` : text;
  // JSON escaping makes line breaks, tabs and lone surrogates visible instead of garbling output.
  return JSON.stringify(shown).slice(1, -1).replace(/\\"/g, '"');
}

function quote(text: string): Message {
  return { fr: fr`« ${excerpt(text)} »`, en: `“${excerpt(text)}”` };
}

/** How a value found in the data is named in a sentence: the value itself when short. */
function describe(value: unknown): Message {
  switch (typeof value) {
    case 'string':
      return quote(value);
    case 'number':
    case 'boolean':
      return { fr: String(value), en: String(value) };
    case 'bigint':
      return { fr: `${value}n`, en: `${value}n` };
    case 'undefined':
      return { fr: 'rien', en: 'nothing' };
    case 'symbol':
      return { fr: 'un symbole', en: 'a symbol' };
    case 'function':
      return { fr: 'une fonction', en: 'a function' };
    default:
      if (value === null) return { fr: 'null', en: 'null' };
      if (Array.isArray(value)) return { fr: 'une liste', en: 'a list' };
      return { fr: 'un objet', en: 'an object' };
  }
}

/** Names of the JSON types zod reports as expected. */
const EXPECTED: Record<string, Message> = {
  string: { fr: 'du texte', en: 'text' },
  number: { fr: 'un nombre', en: 'a number' },
  int: { fr: 'un nombre entier', en: 'a whole number' },
  boolean: { fr: 'true ou false', en: 'true or false' },
  array: { fr: 'une liste', en: 'a list' },
  object: { fr: 'un objet', en: 'an object' },
};

function expectedType(name: string): Message {
  return Object.hasOwn(EXPECTED, name) ? EXPECTED[name]! : quote(name);
}

function list(values: ReadonlyArray<unknown>): Message {
  const shown = values.map(describe);
  return { fr: shown.map((m) => m.fr).join(', '), en: shown.map((m) => m.en).join(', ') };
}

const ORIGIN_UNIT: Record<string, { fr: string; en: string }> = {
  string: { fr: 'caractère(s)', en: 'character(s)' },
  array: { fr: 'élément(s)', en: 'item(s)' },
};

function bound(
  origin: string,
  limit: number | bigint,
  inclusive: boolean,
  side: 'min' | 'max',
): Message {
  const unit = Object.hasOwn(ORIGIN_UNIT, origin) ? ORIGIN_UNIT[origin] : undefined;
  if (unit) {
    return side === 'min'
      ? {
          fr: fr`Il faut au moins ${String(limit)} ${unit.fr}.`,
          en: `Needs at least ${limit} ${unit.en}.`,
        }
      : {
          fr: fr`Il faut au plus ${String(limit)} ${unit.fr}.`,
          en: `Allows at most ${limit} ${unit.en}.`,
        };
  }
  if (side === 'min') {
    return inclusive
      ? {
          fr: fr`La valeur doit être supérieure ou égale à ${String(limit)}.`,
          en: `Must be at least ${limit}.`,
        }
      : {
          fr: fr`La valeur doit être supérieure à ${String(limit)}.`,
          en: `Must be greater than ${limit}.`,
        };
  }
  return inclusive
    ? {
        fr: fr`La valeur doit être inférieure ou égale à ${String(limit)}.`,
        en: `Must be at most ${limit}.`,
      }
    : {
        fr: fr`La valeur doit être inférieure à ${String(limit)}.`,
        en: `Must be less than ${limit}.`,
      };
}

/** Records named in sentences, with the French forms their gender and first letter call for. */
const RECORD_NAMES = {
  themes: { en: 'theme', fr: 'thème', frThe: 'Le thème', frOf: 'du thème', feminine: false },
  workshops: {
    en: 'workshop',
    fr: 'atelier',
    frThe: 'L’atelier',
    frOf: 'de l’atelier',
    feminine: false,
  },
  members: { en: 'member', fr: 'membre', frThe: 'Le membre', frOf: 'du membre', feminine: false },
  rooms: { en: 'room', fr: 'salle', frThe: 'La salle', frOf: 'de la salle', feminine: true },
  practices: {
    en: 'practice',
    fr: 'pratique',
    frThe: 'La pratique',
    frOf: 'de la pratique',
    feminine: true,
  },
} as const satisfies Record<
  RecordCollection,
  { en: string; fr: string; frThe: string; frOf: string; feminine: boolean }
>;

function recordDropped({ collection, id }: ProblemParams['record_dropped']): Message {
  const name = RECORD_NAMES[collection];
  const skipped = name.feminine ? 'ignorée, car elle contient' : 'ignoré, car il contient';
  if (id === undefined) {
    const article = name.feminine ? 'Une' : 'Un';
    return {
      fr: fr`${article} ${name.fr} sans identifiant valide a été ${skipped} des erreurs.`,
      en: `A ${name.en} without a valid id was skipped because it has errors.`,
    };
  }
  const shown = quote(id);
  const capitalized = name.en.charAt(0).toUpperCase() + name.en.slice(1);
  return {
    fr: fr`${name.frThe} ${shown.fr} a été ${skipped} des erreurs.`,
    en: `${capitalized} ${shown.en} was skipped because it has errors.`,
  };
}

function fieldDropped({ collection, id, field }: ProblemParams['field_dropped']): Message {
  const name = RECORD_NAMES[collection];
  const shown = quote(field);
  const owner = quote(id ?? '');
  return {
    fr: fr`Le champ ${shown.fr} ${name.frOf} ${owner.fr} a été laissé de côté : sa valeur n’est pas valide.`,
    en: `The ${shown.en} field of ${name.en} ${owner.en} was left out: its value is not valid.`,
  };
}

function referenceDropped(params: ProblemParams['reference_dropped']): Message {
  const owner = RECORD_NAMES[params.collection];
  const target = RECORD_NAMES[params.target];
  const ownerId = quote(params.ownerId);
  const id = quote(params.id);
  const e = target.feminine ? 'e' : '';
  return params.reason === 'unknown'
    ? {
        fr: fr`${target.frThe} ${id.fr}, inconnu${e}, a été retiré${e} ${owner.frOf} ${ownerId.fr}.`,
        en: `The unknown ${target.en} ${id.en} was removed from ${owner.en} ${ownerId.en}.`,
      }
    : {
        fr: fr`${target.frThe} ${id.fr}, ignoré${e} en raison d’erreurs, a été retiré${e} ${owner.frOf} ${ownerId.fr}.`,
        en: `The ${target.en} ${id.en}, skipped because of its errors, was removed from ${owner.en} ${ownerId.en}.`,
      };
}

const MESSAGES = {
  required: () => ({ fr: 'Ce champ est obligatoire.', en: 'This field is required.' }),
  invalid_type: ({ expected, value }) => {
    const wanted = expectedType(expected);
    const found = describe(value);
    return {
      fr: fr`Valeur attendue : ${wanted.fr} ; valeur reçue : ${found.fr}.`,
      en: `Expected ${wanted.en}, got ${found.en}.`,
    };
  },
  invalid_value: ({ allowed, value }) => {
    const found = describe(value);
    const choices = list(allowed);
    return {
      fr: fr`La valeur ${found.fr} n’est pas permise. Valeurs permises : ${choices.fr}.`,
      en: `The value ${found.en} is not allowed. Allowed values: ${choices.en}.`,
    };
  },
  invalid_text: ({ value }) => {
    const found = describe(value);
    return {
      fr: fr`Texte attendu : une chaîne de caractères, ou un objet avec « fr » ou « en » (ou les deux) ; valeur reçue : ${found.fr}.`,
      en: `Expected text: a string, or an object with “fr”, “en” or both; got ${found.en}.`,
    };
  },
  too_small: ({ origin, limit, inclusive }) => bound(origin, limit, inclusive, 'min'),
  too_big: ({ origin, limit, inclusive }) => bound(origin, limit, inclusive, 'max'),
  invalid_format: ({ format, value }) => {
    const found = describe(value);
    return {
      fr: fr`La valeur ${found.fr} ne respecte pas le format attendu (${format}).`,
      en: `The value ${found.en} does not match the expected format (${format}).`,
    };
  },
  invalid_input: () => ({ fr: 'Cette valeur n’est pas valide.', en: 'This value is not valid.' }),
  empty_text: () => ({
    fr: 'Le texte ne peut pas être vide.',
    en: 'The text cannot be empty.',
  }),
  invalid_id: ({ value }) => {
    const found = describe(value);
    const signs = `«${NBSP}.${NBSP}_${NBSP}:${NBSP}~${NBSP}-${NBSP}»`;
    return {
      fr: fr`L’identifiant ${found.fr} n’est pas valide : utilisez des lettres non accentuées, des chiffres et les signes ${signs}, en commençant par une lettre ou un chiffre.`,
      en: `The id ${found.en} is not valid: use unaccented letters, digits and the signs . _ : ~ -, starting with a letter or a digit.`,
    };
  },
  invalid_color: ({ value }) => {
    const found = describe(value);
    return {
      fr: fr`La couleur ${found.fr} n’est pas valide : indiquez un code hexadécimal, p. ex. #1F5FA8.`,
      en: `The colour ${found.en} is not valid: give a hex code, e.g. #1F5FA8.`,
    };
  },
  invalid_url: ({ value }) => {
    const found = describe(value);
    return {
      fr: fr`L’adresse ${found.fr} n’est pas valide : elle doit commencer par http://, https:// ou mailto:.`,
      en: `The address ${found.en} is not valid: it must start with http://, https:// or mailto:.`,
    };
  },
  invalid_country: ({ value }) => {
    const found = describe(value);
    return {
      fr: fr`Le code de pays ${found.fr} n’est pas valide : indiquez deux lettres majuscules (ISO 3166-1), p. ex. CA.`,
      en: `The country code ${found.en} is not valid: give two capital letters (ISO 3166-1), e.g. CA.`,
    };
  },
  invalid_time_zone: ({ value }) => {
    const found = describe(value);
    return {
      fr: fr`Le fuseau horaire ${found.fr} est inconnu : indiquez un nom IANA, p. ex. America/Montreal.`,
      en: `The time zone ${found.en} is unknown: give an IANA name, e.g. America/Montreal.`,
    };
  },
  invalid_datetime: ({ value }) => {
    const found = describe(value);
    return {
      fr: fr`La date et l’heure ${found.fr} ne sont pas valides : indiquez-les avec les secondes et le décalage horaire, p. ex. 2023-05-16T09:30:00-04:00.`,
      en: `The date and time ${found.en} is not valid: give it with seconds and a UTC offset, e.g. 2023-05-16T09:30:00-04:00.`,
    };
  },
  invalid_date: ({ value }) => {
    const found = describe(value);
    return {
      fr: fr`La date ${found.fr} n’est pas valide : indiquez-la sous la forme AAAA-MM-JJ, p. ex. 2023-05-16.`,
      en: `The date ${found.en} is not valid: give it as YYYY-MM-DD, e.g. 2023-05-16.`,
    };
  },
  invalid_language: ({ value }) => {
    const found = describe(value);
    return {
      fr: fr`La langue ${found.fr} n’est pas valide : indiquez une étiquette de langue BCP 47, p. ex. fr, en, de ou pt-BR, ou « bilingual » pour le français et l’anglais.`,
      en: `The language ${found.en} is not valid: give a BCP 47 language tag, e.g. fr, en, de or pt-BR, or “bilingual” for French and English.`,
    };
  },
  invalid_day_change: ({ value }) => {
    const found = describe(value);
    return {
      fr: fr`L’heure de changement de jour ${found.fr} n’est pas valide : indiquez-la sous la forme HH:MM sur 24 heures, p. ex. 06:00.`,
      en: `The day change time ${found.en} is not valid: give it as HH:MM on a 24-hour clock, e.g. 06:00.`,
    };
  },
  duplicate_id: ({ id, firstWhere }) => {
    const shown = quote(id);
    return {
      fr: fr`L’identifiant ${shown.fr} est déjà utilisé par ${firstWhere}.`,
      en: `The id ${shown.en} is already used by ${firstWhere}.`,
    };
  },
  unknown_theme: ({ id }) => {
    const shown = quote(id);
    return {
      fr: fr`Aucun thème n’a l’identifiant ${shown.fr}.`,
      en: `No theme has the id ${shown.en}.`,
    };
  },
  unknown_member: ({ id }) => {
    const shown = quote(id);
    return {
      fr: fr`Aucun membre n’a l’identifiant ${shown.fr}.`,
      en: `No member has the id ${shown.en}.`,
    };
  },
  unknown_room: ({ id }) => {
    const shown = quote(id);
    return {
      fr: fr`Aucune salle n’a l’identifiant ${shown.fr}.`,
      en: `No room has the id ${shown.en}.`,
    };
  },
  end_before_start: ({ start, end, of }) =>
    of === 'workshop'
      ? {
          fr: fr`La fin (${end}) doit être postérieure au début (${start}).`,
          en: `The end (${end}) must be after the start (${start}).`,
        }
      : {
          fr: fr`La date de fin (${end}) ne peut pas précéder la date de début (${start}).`,
          en: `The end date (${end}) cannot be before the start date (${start}).`,
        },
  record_dropped: recordDropped,
  field_dropped: fieldDropped,
  reference_dropped: referenceDropped,
  unreadable_input: () => ({
    fr: fr`Les données n’ont pas pu être lues : elles contiennent une valeur qui refuse d’être consultée.`,
    en: 'The data could not be read: it holds a value that refuses to be accessed.',
  }),
} satisfies MessageBuilders;

/** Every problem code, in the catalogue's order. */
// Pure, so a bundle that never reads the codes or the sentences leaves the whole table out.
export const PROBLEM_CODES = /* @__PURE__ */ Object.keys(MESSAGES) as ProblemCode[];

/** The French and English sentences for a problem. */
export function problemMessage<C extends ProblemCode>(code: C, params: ProblemParams[C]): Message {
  const build = MESSAGES[code] as (params: ProblemParams[C]) => Message;
  return build(params);
}

/** `problemMessage` for any code with its facts, as `withWording` (in `problem.ts`) takes it. */
export function problemWording(code: string, params: Readonly<Record<string, unknown>>): Message {
  return problemMessage(code as ProblemCode, params as never);
}
