/**
 * What an importer hands back. An importer never throws: it returns either a summit with the
 * notes gathered on the way (everything it skipped, changed or guessed, each with a path into
 * the source document), or the problems that kept it from producing a summit at all.
 *
 * Notes and problems carry a French and an English sentence, like `Problem` everywhere else in
 * the core, so the CLI and a host app can show them as they are. French sentences follow French
 * typography: a narrow no-break space (U+202F) before « : ; ! ? » and inside guillemets.
 */
import type { LocalizedText, SummitInput } from '../summit/summit.schema.js';
import { YEAR_RANGE } from '../summit/checks.js';
import { createProblem, formatPath, type Problem } from '../summit/problem.js';
import type { ImportNoteCode, ImportProblemCode } from './codes.js';

export * from './codes.js';

/** Narrow no-break space, written before `: ; ! ?` and inside `« »` in French. */
const NNBSP = '\u202f';

/**
 * Tag for French sentences: puts a narrow no-break space before `: ; ! ?` and `»` and after `«`
 * in the literal parts only, so the values quoted in a message are left exactly as they are.
 */
function fr(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  let text = '';
  strings.forEach((literal, index) => {
    text += literal.replace(/ ([:;!?»])/g, `${NNBSP}$1`).replace(/« /g, `«${NNBSP}`);
    if (index < values.length) text += String(values[index]);
  });
  return text;
}

/** Quotes a value in French: `« valeur »` with narrow no-break spaces inside. */
function guillemets(value: string | number): string {
  return `«${NNBSP}${value}${NNBSP}»`;
}

/** Quotes a value in English. */
function quoted(value: string | number): string {
  return `“${value}”`;
}

/** Options shared by every importer. Each one only fills in what the document lacks. */
export interface ImportOptions {
  /**
   * IANA zone of the event, used when the document names none (frab, pretalx) and to read
   * date-times written without an offset. Required by `fromSessionize`.
   */
  timeZone?: string;
  /** Summit id, when the document has no acronym or slug. */
  id?: string;
  /** Summit name, when the document has no title (pretalx and Sessionize never have one). */
  name?: LocalizedText;
  /** Length given to a session with no usable end or duration, in minutes. Default 30. */
  defaultDurationMinutes?: number;
  /**
   * What to do with breaks (lunch, coffee): keep them as `networking` sessions, which the agenda
   * shows between workshops (default), or leave them out.
   */
  breaks?: 'networking' | 'skip';
}

/** Sessionize gives no time zone at all: the caller must say where the event takes place. */
export interface SessionizeOptions extends ImportOptions {
  timeZone: string;
}

/** Values a note's sentences mention: an id, a URL, a count… */
export type NoteParams = Readonly<Record<string, string | number>>;

/** Something the importer could not carry over as is: skipped, changed or guessed. */
export interface ImportNote {
  code: ImportNoteCode;
  /** Path into the *source* document, e.g. `['talks', 4, 'room']`. */
  path: ReadonlyArray<string | number>;
  /** The same path as text: `talks[4].room`. */
  where: string;
  /** What happened, in French and in English. */
  message: { fr: string; en: string };
  /** The values the sentences mention (an id, a URL, a `count`…), for front ends to reword. */
  params: NoteParams;
}

export type ImportResult =
  | {
      ok: true;
      summit: SummitInput;
      notes: ImportNote[];
      /**
       * Whether the summit's name (and so its id) is made up, `Imported event <year>`: the
       * source names no event and no `name` option was given (pretalx's widget data and
       * Sessionize never name it). Front ends may advise naming it (`gics import --name`).
       */
      madeUpName: boolean;
    }
  | { ok: false; problems: Problem[] };

type Sentences = (params: NoteParams) => { fr: string; en: string };

const p = (params: NoteParams, key: string): string | number => params[key] ?? '?';

/** What a Sessionize category can be read as (`category_guessed`'s `kind`). */
type GuessedKind = 'theme' | 'language' | 'format';

const KIND_WORDS = {
  fr: { theme: 'les thèmes', language: 'la langue des séances', format: 'le format des séances' },
  en: { theme: 'the tracks', language: 'the sessions’ language', format: 'the sessions’ format' },
} satisfies Record<'fr' | 'en', Record<GuessedKind, string>>;

function kindOf(params: NoteParams): GuessedKind {
  const kind = params['kind'];
  return kind === 'language' || kind === 'format' ? kind : 'theme';
}

/** The kinds of schedule a missing time zone is reported for (`missing_time_zone`'s `format`). */
type FeedKind = 'frab' | 'pretalx' | 'sessionize';

function feedOf(params: NoteParams): FeedKind | undefined {
  const feed = params['format'];
  return feed === 'frab' || feed === 'pretalx' || feed === 'sessionize' ? feed : undefined;
}

const NOTE_MESSAGES = {
  entry_not_object: () => ({
    fr: fr`Entrée ignorée : ce n’est pas un objet.`,
    en: 'Entry skipped: it is not an object.',
  }),
  missing_title: () => ({
    fr: fr`Séance ignorée : elle n’a pas de titre.`,
    en: 'Session skipped: it has no title.',
  }),
  missing_start: (x) => ({
    fr: fr`Séance ${guillemets(p(x, 'title'))} ignorée : son heure de début est absente ou illisible.`,
    en: `Session ${quoted(p(x, 'title'))} skipped: its start time is missing or unreadable.`,
  }),
  start_from_wall_clock: (x) => ({
    fr: fr`Pas de date complète pour ${guillemets(p(x, 'title'))} : début calculé à partir du jour et de l’heure locale, soit ${p(x, 'start')}.`,
    en: `No full date for ${quoted(p(x, 'title'))}: start computed from the day and the local time, giving ${p(x, 'start')}.`,
  }),
  local_time_assumed: (x) => ({
    fr: fr`L’heure ${guillemets(p(x, 'value'))} n’a pas de décalage horaire : elle est lue dans le fuseau ${p(x, 'zone')}.`,
    en: `The time ${quoted(p(x, 'value'))} has no UTC offset: it is read in the ${p(x, 'zone')} time zone.`,
  }),
  nonexistent_local_time: (x) => ({
    fr: fr`L’heure ${guillemets(p(x, 'value'))} n’existe pas dans le fuseau ${p(x, 'zone')} (passage à l’heure avancée) : reportée à ${p(x, 'start')}.`,
    en: `The time ${quoted(p(x, 'value'))} does not exist in the ${p(x, 'zone')} time zone (clocks spring forward): moved to ${p(x, 'start')}.`,
  }),
  default_duration: (x) => ({
    fr: fr`Pas de fin ni de durée utilisable pour ${guillemets(p(x, 'title'))} : durée de ${p(x, 'minutes')}${NNBSP}min appliquée.`,
    en: `No usable end or duration for ${quoted(p(x, 'title'))}: a ${p(x, 'minutes')}-minute duration was applied.`,
  }),
  break_skipped: (x) => ({
    fr: fr`Pause ${guillemets(p(x, 'title'))} laissée de côté, comme demandé.`,
    en: `Break ${quoted(p(x, 'title'))} left out, as requested.`,
  }),
  unknown_format: (x) => ({
    fr: fr`Type de séance ${guillemets(p(x, 'type'))} inconnu : classé comme « autre ».`,
    en: `Unknown session type ${quoted(p(x, 'type'))}: filed as “other”.`,
  }),
  unmapped_language: (x) => ({
    fr: fr`Langue ${guillemets(p(x, 'language'))} non reconnue (ni code BCP 47 ni nom de langue) : non reprise.`,
    en: `Language ${quoted(p(x, 'language'))} is not recognised (neither a BCP 47 code nor a language name): left out.`,
  }),
  unknown_room: (x) => ({
    fr: fr`Salle ${guillemets(p(x, 'room'))} introuvable dans la liste des salles : la séance reste sans salle.`,
    en: `Room ${quoted(p(x, 'room'))} is not in the list of rooms: the session has no room.`,
  }),
  unknown_track: (x) => ({
    fr: fr`Thème ${guillemets(p(x, 'track'))} introuvable dans la liste des thèmes : non rattaché.`,
    en: `Track ${quoted(p(x, 'track'))} is not in the list of tracks: not linked.`,
  }),
  unnamed_track: () => ({
    fr: fr`Thème ignoré : il n’a pas de nom.`,
    en: 'Track skipped: it has no name.',
  }),
  unknown_speaker: (x) => ({
    fr: fr`Personne ${guillemets(p(x, 'speaker'))} introuvable dans la liste des personnes : retirée de la séance.`,
    en: `Speaker ${quoted(p(x, 'speaker'))} is not in the list of speakers: removed from the session.`,
  }),
  unknown_category_item: (x) => ({
    fr: fr`Catégorie ${guillemets(p(x, 'item'))} introuvable : ignorée.`,
    en: `Category item ${quoted(p(x, 'item'))} not found: ignored.`,
  }),
  person_without_name: () => ({
    fr: fr`Personne ignorée : elle n’a pas de nom.`,
    en: 'Person skipped: they have no name.',
  }),
  person_key_reused: (x) => ({
    fr: fr`${guillemets(p(x, 'name'))} et ${guillemets(p(x, 'other'))} portent la même clé (${p(x, 'key')}) sous des noms différents : gardés comme deux personnes.`,
    en: `${quoted(p(x, 'name'))} and ${quoted(p(x, 'other'))} share a key (${p(x, 'key')}) under different names: kept as two people.`,
  }),
  person_name_ambiguous: (x) => ({
    fr: fr`Le nom ${guillemets(p(x, 'name'))} désigne ${p(x, 'count')} personnes que leurs identifiants distinguent : une mention sans identifiant est gardée à part.`,
    en: `The name ${quoted(p(x, 'name'))} belongs to ${p(x, 'count')} people told apart by their identifiers: a mention without one is kept on its own.`,
  }),
  day_change_approximate: (x) => ({
    fr: fr`Aucune heure ne sépare tous les jours du programme : les journées changent à ${p(x, 'dayChange')}, ce qui place ${p(x, 'count')} début(s) ou fin(s) hors de leur journée.`,
    en: `No time of day separates every day of the programme: days change at ${p(x, 'dayChange')}, which puts ${p(x, 'count')} start(s) or end(s) outside their day.`,
  }),
  relative_url_resolved: (x) => ({
    fr: fr`Adresse relative ${guillemets(p(x, 'url'))} complétée en ${p(x, 'resolved')}.`,
    en: `Relative URL ${quoted(p(x, 'url'))} resolved to ${p(x, 'resolved')}.`,
  }),
  relative_url_dropped: (x) => ({
    fr: fr`Adresse relative ${guillemets(p(x, 'url'))} retirée : le document ne donne pas d’adresse de base.`,
    en: `Relative URL ${quoted(p(x, 'url'))} dropped: the document gives no base URL.`,
  }),
  unsafe_url_dropped: (x) => ({
    fr: fr`Adresse ${guillemets(p(x, 'url'))} retirée : seules les adresses http et https sont reprises.`,
    en: `URL ${quoted(p(x, 'url'))} dropped: only http and https URLs are kept.`,
  }),
  extra_links_dropped: (x) => ({
    fr: fr`${p(x, 'count')} lien(s) supplémentaire(s) de ${guillemets(p(x, 'title'))} non repris : une séance n’a qu’une adresse.`,
    en: `${p(x, 'count')} extra link(s) of ${quoted(p(x, 'title'))} left out: a session has a single URL.`,
  }),
  id_rewritten: (x) => ({
    fr: fr`Identifiant ${guillemets(p(x, 'from'))} réécrit en ${guillemets(p(x, 'to'))} (lettres, chiffres et . _ : ~ - seulement).`,
    en: `Identifier ${quoted(p(x, 'from'))} rewritten as ${quoted(p(x, 'to'))} (letters, digits and . _ : ~ - only).`,
  }),
  duplicate_id: (x) => ({
    fr: fr`Identifiant ${guillemets(p(x, 'from'))} déjà utilisé : renommé ${guillemets(p(x, 'to'))}.`,
    en: `Identifier ${quoted(p(x, 'from'))} is already used: renamed ${quoted(p(x, 'to'))}.`,
  }),
  invalid_color_replaced: (x) => ({
    fr: fr`Couleur ${guillemets(p(x, 'color'))} illisible : remplacée par ${p(x, 'to')}.`,
    en: `Colour ${quoted(p(x, 'color'))} is not a hex colour: replaced with ${p(x, 'to')}.`,
  }),
  invalid_time_zone_ignored: (x) => ({
    fr: fr`Fuseau horaire ${guillemets(p(x, 'zone'))} inconnu : ${p(x, 'fallback')} utilisé à la place.`,
    en: `Unknown time zone ${quoted(p(x, 'zone'))}: ${p(x, 'fallback')} used instead.`,
  }),
  category_guessed: (x) => ({
    fr: fr`Catégorie ${guillemets(p(x, 'category'))} lue, d’après son titre, comme ${KIND_WORDS.fr[kindOf(x)]}.`,
    en: `Category ${quoted(p(x, 'category'))} read, from its title, as ${KIND_WORDS.en[kindOf(x)]}.`,
  }),
  summit_identity_missing: (x) => ({
    fr: fr`Le document ne donne pas le nom ou l’identifiant de l’événement : ${guillemets(p(x, 'name'))} (${p(x, 'id')}) utilisé. Passez les options id et name pour les choisir.`,
    en: `The document gives no name or identifier for the event: ${quoted(p(x, 'name'))} (${p(x, 'id')}) used. Pass the id and name options to choose them.`,
  }),
  profile_without_name: () => ({
    fr: fr`Profil ignoré : il n’a pas de nom.`,
    en: 'Profile skipped: it has no name.',
  }),
  deleted_profile_skipped: (x) => ({
    fr: fr`Profil ${guillemets(p(x, 'name'))} ignoré : l’index le dit supprimé.`,
    en: `Profile ${quoted(p(x, 'name'))} skipped: the index says it was deleted.`,
  }),
  schema_not_recognised: (x) => ({
    fr: fr`Le profil ${guillemets(p(x, 'name'))} suit un autre schéma (${p(x, 'value')}) : lu comme une organisation.`,
    en: `Profile ${quoted(p(x, 'name'))} follows another schema (${p(x, 'value')}): read as an organisation.`,
  }),
  fields_not_imported: (x) => ({
    fr: fr`Champs de ${guillemets(p(x, 'name'))} sans équivalent dans un membre GICS, non repris : ${p(x, 'value')}.`,
    en: `Fields of ${quoted(p(x, 'name'))} with no place in a GICS member, left out: ${p(x, 'value')}.`,
  }),
  unknown_fields: (x) => ({
    fr: fr`Champs de ${guillemets(p(x, 'name'))} inconnus des schémas Murmurations, non repris : ${p(x, 'value')}.`,
    en: `Fields of ${quoted(p(x, 'name'))} unknown to the Murmurations schemas, left out: ${p(x, 'value')}.`,
  }),
  unmapped_country: (x) => ({
    fr: fr`Pays ${guillemets(p(x, 'value'))} de ${guillemets(p(x, 'name'))} non reconnu (ni code ISO 3166 ni nom de pays) : non repris.`,
    en: `Country ${quoted(p(x, 'value'))} of ${quoted(p(x, 'name'))} is not recognised (neither an ISO 3166 code nor a country name): left out.`,
  }),
  invalid_location: (x) => ({
    fr: fr`Coordonnées ${guillemets(p(x, 'value'))} de ${guillemets(p(x, 'name'))} inutilisables (hors limites, illisibles ou 0, 0) : non reprises.`,
    en: `Coordinates ${quoted(p(x, 'value'))} of ${quoted(p(x, 'name'))} are unusable (out of range, unreadable or 0, 0): left out.`,
  }),
  url_scheme_assumed: (x) => ({
    fr: fr`Adresse ${guillemets(p(x, 'url'))} sans protocole, lue comme ${p(x, 'resolved')}.`,
    en: `URL ${quoted(p(x, 'url'))} has no scheme: read as ${p(x, 'resolved')}.`,
  }),
} satisfies Record<ImportNoteCode, Sentences>;

/** Builds a note with its sentences in both languages. */
export function createNote(
  code: ImportNoteCode,
  path: ReadonlyArray<string | number>,
  params: NoteParams = {},
): ImportNote {
  const sentences: Sentences = NOTE_MESSAGES[code];
  return {
    code,
    path: [...path],
    where: formatPath(path),
    message: sentences(params),
    params: { ...params },
  };
}

const MISSING_TIME_ZONE = {
  frab: {
    fr: fr`Cet horaire frab ne donne pas le fuseau horaire de l’événement (pas de time_zone_name) : il faut le connaître pour situer les séances, p. ex. Europe/Berlin.`,
    en: 'This frab schedule does not give the event’s time zone (no time_zone_name): it is needed to place the sessions, e.g. Europe/Berlin.',
  },
  pretalx: {
    fr: fr`Ce flux pretalx ne donne pas le fuseau horaire de l’événement (pas de timezone) : il faut le connaître pour situer les séances, p. ex. Europe/Berlin.`,
    en: 'This pretalx feed does not give the event’s time zone (no timezone): it is needed to place the sessions, e.g. Europe/Berlin.',
  },
  sessionize: {
    fr: fr`Les heures de ce flux Sessionize sont des heures locales sans fuseau horaire : il faut connaître celui de l’événement pour les situer, p. ex. Europe/Berlin.`,
    en: 'This Sessionize feed gives local times without a time zone: the event’s time zone is needed to place them, e.g. Europe/Berlin.',
  },
  unknown: {
    fr: fr`Ce document ne donne pas le fuseau horaire de l’événement : il faut le connaître pour situer les séances, p. ex. Europe/Berlin.`,
    en: 'This document does not give the event’s time zone: it is needed to place the sessions, e.g. Europe/Berlin.',
  },
} satisfies Record<FeedKind | 'unknown', { fr: string; en: string }>;

const PROBLEM_MESSAGES = {
  not_frab: () => ({
    fr: fr`Ce document n’est pas un horaire frab ni C3VOC (schedule.json) : il n’a ni schedule.conference avec une liste days, ni liste schedule.events.`,
    en: 'This document is not a frab or C3VOC schedule (schedule.json): it has neither a schedule.conference with a days list nor a schedule.events list.',
  }),
  not_pretalx: () => ({
    fr: fr`Ce document n’est pas un horaire pretalx (widget JSON) : il n’a pas de liste talks.`,
    en: 'This document is not a pretalx schedule (widget JSON): it has no talks list.',
  }),
  not_sessionize: () => ({
    fr: fr`Ce document n’est pas un export Sessionize « All Data » : il lui faut des listes sessions et speakers.`,
    en: 'This document is not a Sessionize “All Data” export: it needs sessions and speakers lists.',
  }),
  // Says what is missing and never how to give it: each front end names its own way (the CLI
  // `--time-zone`, the agenda its `feed-time-zone` attribute), recognising the code.
  missing_time_zone: (x) => MISSING_TIME_ZONE[feedOf(x) ?? 'unknown'],
  invalid_time_zone: (x) => ({
    fr: fr`Fuseau horaire ${guillemets(p(x, 'zone'))} inconnu : donnez un nom IANA comme America/Montreal.`,
    en: `Unknown time zone ${quoted(p(x, 'zone'))}: give an IANA name such as America/Montreal.`,
  }),
  missing_dates: () => ({
    fr: fr`Impossible de déterminer les dates de l’événement : aucune date de début ni séance datée.`,
    en: 'The event’s dates cannot be determined: no start date and no dated session.',
  }),
  no_workshops: (x) => ({
    fr: fr`Le document compte ${p(x, 'count')} séance(s), mais aucune n’a pu être importée (titre ou début manquant, ou pauses laissées de côté).`,
    en: `The document lists ${p(x, 'count')} session(s), but none could be imported (missing title or start, or breaks left out).`,
  }),
  dates_out_of_range: (x) => ({
    fr: fr`L’événement commencerait le ${p(x, 'date')} : GICS accepte les années ${YEAR_RANGE[0]} à ${YEAR_RANGE[1]}.`,
    en: `The event would start on ${p(x, 'date')}: GICS accepts years ${YEAR_RANGE[0]} to ${YEAR_RANGE[1]}.`,
  }),
  import_failed: (x) => ({
    fr: fr`L’importation a échoué de façon inattendue : ${p(x, 'reason')}.`,
    en: `The import failed unexpectedly: ${p(x, 'reason')}.`,
  }),
  not_murmurations: () => ({
    fr: fr`Ce document n’est ni un profil Murmurations (un objet avec name ou linked_schemas), ni une liste de profils, ni une réponse de l’index Murmurations (une liste data).`,
    en: 'This document is neither a Murmurations profile (an object with name or linked_schemas), nor a list of profiles, nor a Murmurations index answer (a data list).',
  }),
} satisfies Record<ImportProblemCode, Sentences>;

/**
 * Options as a JavaScript caller may really pass them: anything. Fields of the wrong type are
 * dropped so that the importers can trust what is left.
 */
export function readOptions(options: unknown): ImportOptions {
  if (typeof options !== 'object' || options === null) return {};
  const raw = options as Record<string, unknown>;
  const read: ImportOptions = {};
  if (typeof raw['timeZone'] === 'string') read.timeZone = raw['timeZone'];
  if (typeof raw['id'] === 'string' && raw['id'].trim() !== '') read.id = raw['id'].trim();
  const name = raw['name'];
  if (typeof name === 'string' && name.trim() !== '') read.name = name.trim();
  else if (typeof name === 'object' && name !== null) {
    const { fr, en } = name as Record<string, unknown>;
    const localized: { fr?: string; en?: string } = {};
    if (typeof fr === 'string' && fr.trim() !== '') localized.fr = fr.trim();
    if (typeof en === 'string' && en.trim() !== '') localized.en = en.trim();
    if (localized.fr !== undefined || localized.en !== undefined) read.name = localized;
  }
  const minutes = raw['defaultDurationMinutes'];
  if (typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0) {
    read.defaultDurationMinutes = minutes;
  }
  if (raw['breaks'] === 'skip' || raw['breaks'] === 'networking') read.breaks = raw['breaks'];
  return read;
}

/** Builds a problem that keeps an importer from producing a summit. */
export function importProblem(
  code: ImportProblemCode,
  path: ReadonlyArray<string | number> = [],
  params: NoteParams = {},
): Problem {
  const sentences: Sentences = PROBLEM_MESSAGES[code];
  return createProblem(code, [...path], sentences(params));
}

/**
 * Whether a problem is a missing time zone (`missing_time_zone`, its `format` param naming the
 * kind of feed in the sentence). Its message says what is missing and never how to give it:
 * front ends add that in their own terms (the CLI `--time-zone`, the agenda `feed-time-zone`).
 */
export function isMissingTimeZone(problem: Pick<Problem, 'code'>): boolean {
  return problem.code === 'missing_time_zone';
}

/** A failed import with the given problems. */
export function failure(...problems: Problem[]): ImportResult {
  return { ok: false, problems };
}

/**
 * Runs an importer so that nothing escapes it: an unexpected exception (a bug on our side, a
 * hostile getter…) becomes an `import_failed` problem instead of a crash in the host page. Every
 * importer's result, schedule or community, fails as `{ ok: false, problems }`.
 */
export function neverThrow<Result>(run: () => Result): Result | { ok: false; problems: Problem[] } {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return { ok: false, problems: [importProblem('import_failed', [], { reason })] };
  }
}

// ── Notes summarised by kind ────────────────────────────────────────────────────────────

/** A count's noun phrase in the singular and the plural, in French and English. */
type Counted = { fr: readonly [string, string]; en: readonly [string, string] };

/**
 * One line per kind of note, as the count's noun phrase: "285 extra links left out". French
 * takes the singular for 0 and 1, English for 1 only.
 */
const NOTE_SUMMARIES = {
  entry_not_object: {
    fr: ['entrée ignorée (ce n’est pas un objet)', 'entrées ignorées (ce ne sont pas des objets)'],
    en: ['entry skipped (not an object)', 'entries skipped (not objects)'],
  },
  missing_title: {
    fr: ['séance sans titre laissée de côté', 'séances sans titre laissées de côté'],
    en: ['session without a title left out', 'sessions without a title left out'],
  },
  missing_start: {
    fr: [
      'séance sans heure de début laissée de côté',
      'séances sans heure de début laissées de côté',
    ],
    en: ['session without a start time left out', 'sessions without a start time left out'],
  },
  start_from_wall_clock: {
    fr: [
      'début calculé à partir du jour et de l’heure locale',
      'débuts calculés à partir du jour et de l’heure locale',
    ],
    en: [
      'start computed from the day and the local time',
      'starts computed from the day and the local time',
    ],
  },
  local_time_assumed: {
    fr: [
      'heure sans décalage lue dans le fuseau de l’événement',
      'heures sans décalage lues dans le fuseau de l’événement',
    ],
    en: [
      'time without a UTC offset read in the event’s time zone',
      'times without a UTC offset read in the event’s time zone',
    ],
  },
  nonexistent_local_time: {
    fr: [
      'heure sautée par le passage à l’heure avancée, reportée',
      'heures sautées par le passage à l’heure avancée, reportées',
    ],
    en: [
      'time skipped by the clocks springing forward, moved',
      'times skipped by the clocks springing forward, moved',
    ],
  },
  default_duration: {
    fr: [
      'séance sans fin ni durée : durée par défaut appliquée',
      'séances sans fin ni durée : durée par défaut appliquée',
    ],
    en: [
      'session without an end or duration given the default duration',
      'sessions without an end or duration given the default duration',
    ],
  },
  break_skipped: {
    fr: ['pause laissée de côté, comme demandé', 'pauses laissées de côté, comme demandé'],
    en: ['break left out, as requested', 'breaks left out, as requested'],
  },
  unknown_format: {
    fr: ['type de séance inconnu classé « autre »', 'types de séance inconnus classés « autre »'],
    en: ['unknown session type filed as “other”', 'unknown session types filed as “other”'],
  },
  unmapped_language: {
    fr: ['langue non reconnue laissée de côté', 'langues non reconnues laissées de côté'],
    en: ['unrecognised language left out', 'unrecognised languages left out'],
  },
  unknown_room: {
    fr: ['séance dont la salle n’est pas listée', 'séances dont la salle n’est pas listée'],
    en: ['session whose room is not listed', 'sessions whose room is not listed'],
  },
  unknown_track: {
    fr: ['thème non listé, non rattaché', 'thèmes non listés, non rattachés'],
    en: ['unlisted track not linked', 'unlisted tracks not linked'],
  },
  unnamed_track: {
    fr: ['thème sans nom laissé de côté', 'thèmes sans nom laissés de côté'],
    en: ['unnamed track left out', 'unnamed tracks left out'],
  },
  unknown_speaker: {
    fr: ['personne non listée retirée d’une séance', 'personnes non listées retirées des séances'],
    en: ['unlisted speaker removed from a session', 'unlisted speakers removed from sessions'],
  },
  unknown_category_item: {
    fr: ['catégorie introuvable ignorée', 'catégories introuvables ignorées'],
    en: ['unknown category item ignored', 'unknown category items ignored'],
  },
  person_without_name: {
    fr: ['personne sans nom laissée de côté', 'personnes sans nom laissées de côté'],
    en: ['person without a name left out', 'people without a name left out'],
  },
  person_key_reused: {
    fr: [
      'clé partagée par deux personnes de noms différents, gardées à part',
      'clés partagées par des personnes de noms différents, gardées à part',
    ],
    en: [
      'key shared by two differently named people, kept apart',
      'keys shared by differently named people, kept apart',
    ],
  },
  person_name_ambiguous: {
    fr: ['nom porté par plusieurs personnes', 'noms portés par plusieurs personnes'],
    en: ['name borne by several people', 'names borne by several people'],
  },
  day_change_approximate: {
    fr: [
      'début ou fin hors de sa journée de programme',
      'débuts ou fins hors de leur journée de programme',
    ],
    en: ['start or end outside its programme day', 'starts or ends outside their programme day'],
  },
  relative_url_resolved: {
    fr: ['adresse relative complétée', 'adresses relatives complétées'],
    en: ['relative URL resolved', 'relative URLs resolved'],
  },
  relative_url_dropped: {
    fr: [
      'adresse relative retirée (pas d’adresse de base)',
      'adresses relatives retirées (pas d’adresse de base)',
    ],
    en: ['relative URL dropped (no base URL)', 'relative URLs dropped (no base URL)'],
  },
  unsafe_url_dropped: {
    fr: ['adresse ni http ni https retirée', 'adresses ni http ni https retirées'],
    en: [
      'URL that is neither http nor https dropped',
      'URLs that are neither http nor https dropped',
    ],
  },
  extra_links_dropped: {
    fr: ['lien supplémentaire laissé de côté', 'liens supplémentaires laissés de côté'],
    en: ['extra link left out', 'extra links left out'],
  },
  id_rewritten: {
    fr: ['identifiant réécrit', 'identifiants réécrits'],
    en: ['identifier rewritten', 'identifiers rewritten'],
  },
  duplicate_id: {
    fr: ['identifiant en double renommé', 'identifiants en double renommés'],
    en: ['duplicate identifier renamed', 'duplicate identifiers renamed'],
  },
  invalid_color_replaced: {
    fr: ['couleur illisible remplacée', 'couleurs illisibles remplacées'],
    en: ['unreadable colour replaced', 'unreadable colours replaced'],
  },
  invalid_time_zone_ignored: {
    fr: ['fuseau horaire inconnu remplacé', 'fuseaux horaires inconnus remplacés'],
    en: ['unknown time zone replaced', 'unknown time zones replaced'],
  },
  summit_identity_missing: {
    fr: ['nom d’événement générique utilisé', 'noms d’événement génériques utilisés'],
    en: ['generic event name used', 'generic event names used'],
  },
  category_guessed: {
    fr: [
      'catégorie Sessionize interprétée d’après son titre',
      'catégories Sessionize interprétées d’après leur titre',
    ],
    en: ['Sessionize category read from its title', 'Sessionize categories read from their titles'],
  },
  profile_without_name: {
    fr: ['profil sans nom laissé de côté', 'profils sans nom laissés de côté'],
    en: ['profile without a name left out', 'profiles without a name left out'],
  },
  deleted_profile_skipped: {
    fr: [
      'profil supprimé de l’index laissé de côté',
      'profils supprimés de l’index laissés de côté',
    ],
    en: ['profile deleted from the index left out', 'profiles deleted from the index left out'],
  },
  schema_not_recognised: {
    fr: [
      'profil d’un autre schéma lu comme une organisation',
      'profils d’autres schémas lus comme des organisations',
    ],
    en: [
      'profile of another schema read as an organisation',
      'profiles of other schemas read as organisations',
    ],
  },
  fields_not_imported: {
    fr: [
      'profil dont des champs n’ont pas d’équivalent GICS',
      'profils dont des champs n’ont pas d’équivalent GICS',
    ],
    en: [
      'profile with fields that have no GICS equivalent',
      'profiles with fields that have no GICS equivalent',
    ],
  },
  unknown_fields: {
    fr: [
      'profil dont des champs sont inconnus de Murmurations',
      'profils dont des champs sont inconnus de Murmurations',
    ],
    en: [
      'profile with fields unknown to Murmurations',
      'profiles with fields unknown to Murmurations',
    ],
  },
  unmapped_country: {
    fr: ['pays non reconnu laissé de côté', 'pays non reconnus laissés de côté'],
    en: ['unrecognised country left out', 'unrecognised countries left out'],
  },
  invalid_location: {
    fr: [
      'coordonnées inutilisables laissées de côté',
      'coordonnées inutilisables laissées de côté',
    ],
    en: ['unusable coordinates left out', 'unusable coordinates left out'],
  },
  url_scheme_assumed: {
    fr: ['adresse sans protocole lue en https', 'adresses sans protocole lues en https'],
    en: ['URL without a scheme read as https', 'URLs without a scheme read as https'],
  },
} satisfies Record<ImportNoteCode, Counted>;

/** The notes of one kind, counted, with a one-line summary in French and English. */
export interface NoteSummary {
  code: ImportNoteCode;
  /**
   * How many things the notes are about: the number of notes, or for the kinds where one note
   * covers several things (extra links left out…) the sum of their `count` params.
   */
  count: number;
  /** "285 liens supplémentaires laissés de côté" / "285 extra links left out". */
  message: { fr: string; en: string };
  /** The notes themselves, in source order, for a verbose listing. */
  notes: ImportNote[];
}

/** Notes whose `count` param counts the things they are about (not, say, people sharing a name). */
const COUNTED_BY_PARAM: ReadonlySet<ImportNoteCode> = new Set([
  'extra_links_dropped',
  'day_change_approximate',
]);

/** How many things one note is about: its `count` param for the kinds above, else one. */
function noteQuantity(note: ImportNote): number {
  if (!COUNTED_BY_PARAM.has(note.code)) return 1;
  const count = note.params['count'];
  const value = typeof count === 'number' ? count : Number(count);
  return Number.isInteger(value) && value > 0 ? value : 1;
}

/**
 * The notes of an import grouped by kind, in the order each kind first appears, each with its
 * count and a one-line sentence. Front ends print these one line per kind, and the notes one by
 * one only when asked (the CLI's `--verbose`): a congress schedule gives hundreds of notes of
 * a handful of kinds.
 */
export function summarizeNotes(notes: readonly ImportNote[]): NoteSummary[] {
  const groups = new Map<ImportNoteCode, NoteSummary>();
  for (const note of notes) {
    let group = groups.get(note.code);
    if (!group) {
      group = { code: note.code, count: 0, message: { fr: '', en: '' }, notes: [] };
      groups.set(note.code, group);
    }
    group.count += noteQuantity(note);
    group.notes.push(note);
  }
  for (const group of groups.values()) {
    const counted: Counted = NOTE_SUMMARIES[group.code];
    const frNoun = group.count < 2 ? counted.fr[0] : counted.fr[1];
    const enNoun = group.count === 1 ? counted.en[0] : counted.en[1];
    group.message = {
      fr: `${group.count} ${frenchSpacing(frNoun)}`,
      en: `${group.count} ${enNoun}`,
    };
  }
  return [...groups.values()];
}

/** French typography for a whole sentence (no quoted values in it). */
function frenchSpacing(text: string): string {
  return text.replace(/ ([:;!?»])/g, `${NNBSP}$1`).replace(/« /g, `«${NNBSP}`);
}
