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
}

export type ImportResult =
  { ok: true; summit: SummitInput; notes: ImportNote[] } | { ok: false; problems: Problem[] };

type Sentences = (params: NoteParams) => { fr: string; en: string };

const p = (params: NoteParams, key: string): string | number => params[key] ?? '?';

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
    fr: fr`Langue ${guillemets(p(x, 'language'))} ni française ni anglaise : non reprise.`,
    en: `Language ${quoted(p(x, 'language'))} is neither French nor English: left out.`,
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
  summit_identity_missing: (x) => ({
    fr: fr`Le document ne donne pas le nom ou l’identifiant de l’événement : ${guillemets(p(x, 'name'))} (${p(x, 'id')}) utilisé. Passez les options id et name pour les choisir.`,
    en: `The document gives no name or identifier for the event: ${quoted(p(x, 'name'))} (${p(x, 'id')}) used. Pass the id and name options to choose them.`,
  }),
} satisfies Record<ImportNoteCode, Sentences>;

/** Builds a note with its sentences in both languages. */
export function createNote(
  code: ImportNoteCode,
  path: ReadonlyArray<string | number>,
  params: NoteParams = {},
): ImportNote {
  const sentences: Sentences = NOTE_MESSAGES[code];
  return { code, path: [...path], where: formatPath(path), message: sentences(params) };
}

const PROBLEM_MESSAGES = {
  not_frab: () => ({
    fr: fr`Ce document n’est pas un horaire frab (schedule.json) : il n’a pas de schedule.conference avec une liste days.`,
    en: 'This document is not a frab schedule (schedule.json): it has no schedule.conference with a days list.',
  }),
  not_pretalx: () => ({
    fr: fr`Ce document n’est pas un horaire pretalx (widget JSON) : il n’a pas de liste talks.`,
    en: 'This document is not a pretalx schedule (widget JSON): it has no talks list.',
  }),
  not_sessionize: () => ({
    fr: fr`Ce document n’est pas un export Sessionize « All Data » : il lui faut des listes sessions et speakers.`,
    en: 'This document is not a Sessionize “All Data” export: it needs sessions and speakers lists.',
  }),
  missing_time_zone: () => ({
    fr: fr`Impossible de savoir dans quel fuseau horaire a lieu l’événement : passez l’option timeZone (p. ex. America/Montreal).`,
    en: 'The event’s time zone cannot be determined: pass the timeZone option (e.g. America/Montreal).',
  }),
  invalid_time_zone: (x) => ({
    fr: fr`Fuseau horaire ${guillemets(p(x, 'zone'))} inconnu : donnez un nom IANA comme America/Montreal.`,
    en: `Unknown time zone ${quoted(p(x, 'zone'))}: give an IANA name such as America/Montreal.`,
  }),
  missing_dates: () => ({
    fr: fr`Impossible de déterminer les dates de l’événement : aucune date de début ni séance datée.`,
    en: 'The event’s dates cannot be determined: no start date and no dated session.',
  }),
  dates_out_of_range: (x) => ({
    fr: fr`L’événement commencerait le ${p(x, 'date')} : GICS accepte les années 2000 à 2200.`,
    en: `The event would start on ${p(x, 'date')}: GICS accepts years 2000 to 2200.`,
  }),
  import_failed: (x) => ({
    fr: fr`L’importation a échoué de façon inattendue : ${p(x, 'reason')}.`,
    en: `The import failed unexpectedly: ${p(x, 'reason')}.`,
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

/** A failed import with the given problems. */
export function failure(...problems: Problem[]): ImportResult {
  return { ok: false, problems };
}

/**
 * Runs an importer so that nothing escapes it: an unexpected exception (a bug on our side, a
 * hostile getter…) becomes an `import_failed` problem instead of a crash in the host page.
 */
export function neverThrow(run: () => ImportResult): ImportResult {
  try {
    return run();
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unknown error';
    return failure(importProblem('import_failed', [], { reason }));
  }
}
