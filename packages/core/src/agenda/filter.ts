/**
 * The agenda's filters: themes, formats, languages, days, rooms and free text.
 *
 * Within one criterion the values are alternatives (themes A *or* B); across criteria they all
 * apply (theme A *and* in French). An absent or empty criterion restricts nothing, so empty
 * criteria return every workshop. The result keeps the input order and never holds a workshop
 * that was not given.
 *
 * Each call turns the criteria into sets once, then makes one pass over the workshops; the free
 * text is matched against the summit's search index (see `search-text.ts`), so filtering on every
 * keystroke stays linear and cheap.
 */
import type {
  Summit,
  Workshop,
  WorkshopFormat,
  WorkshopLanguage,
} from '../summit/summit.schema.js';
import { roomKey } from './group.js';
import {
  containsAllWords,
  createWorkshopSearchIndex,
  searchWords,
  summitSearchTexts,
} from './search-text.js';
import { calendarDateIn } from './time.js';

/** What a visitor filters the agenda by. Every field is optional. */
export interface WorkshopCriteria {
  /** Workshops in any of these themes. */
  themeIds?: readonly string[];
  /** Workshops of any of these formats. */
  formats?: readonly WorkshopFormat[];
  /**
   * Workshops held in any of these languages. A bilingual workshop is open to French and to
   * English speakers, so it matches `'fr'` and `'en'` as well as `'bilingual'`; asking for
   * `'bilingual'` alone gives bilingual workshops only. Workshops with no language set match
   * no language filter.
   */
  languages?: readonly WorkshopLanguage[];
  /**
   * Workshops starting on any of these calendar days (`YYYY-MM-DD`) in `timeZone`, else in the
   * summit's zone, else on the date written in the workshop's own `start`.
   */
  days?: readonly string[];
  /** Workshops in any of these rooms, named by `roomKey` or by either of their names. */
  rooms?: readonly string[];
  /** Free text; a workshop matches when it holds every word (see `normalizeSearchText`). */
  query?: string;
  /** Zone the `days` are calendar days of. */
  timeZone?: string;
}

const isEmpty = (values: readonly unknown[] | undefined): boolean =>
  values === undefined || values.length === 0;

const toSet = <T>(values: readonly T[] | undefined): Set<T> | undefined =>
  isEmpty(values) ? undefined : new Set(values);

function languageMatches(
  language: WorkshopLanguage | undefined,
  wanted: Set<WorkshopLanguage>,
): boolean {
  if (language === undefined) return false;
  if (wanted.has(language)) return true;
  return language === 'bilingual' && (wanted.has('fr') || wanted.has('en'));
}

function roomMatches(room: Workshop['room'], wanted: Set<string>): boolean {
  if (room === undefined) return false;
  if (wanted.has(roomKey(room))) return true;
  if (typeof room === 'string') return false;
  return (
    (room.fr !== undefined && wanted.has(room.fr.trim())) ||
    (room.en !== undefined && wanted.has(room.en.trim()))
  );
}

function isWorkshopList(source: Summit | readonly Workshop[]): source is readonly Workshop[] {
  return Array.isArray(source);
}

/**
 * The workshops of a summit that meet every criterion, in summit order.
 *
 * @example filterWorkshops(summit, { themeIds: ['circular'], languages: ['fr'], query: 'coop' })
 */
export function filterWorkshops(summit: Summit, criteria: WorkshopCriteria): Workshop[];
/**
 * The given workshops that meet every criterion, in their order. Pass the summit they come from
 * so that speaker names are searched and `days` default to its zone.
 */
export function filterWorkshops(
  workshops: readonly Workshop[],
  criteria: WorkshopCriteria,
  summit?: Summit,
): Workshop[];
export function filterWorkshops(
  source: Summit | readonly Workshop[],
  criteria: WorkshopCriteria,
  context?: Summit,
): Workshop[] {
  const isList = isWorkshopList(source);
  const workshops = isList ? source : source.workshops;
  const summit = isList ? context : source;

  const themes = toSet(criteria.themeIds);
  const formats = toSet(criteria.formats);
  const languages = toSet(criteria.languages);
  const days = toSet(criteria.days);
  const rooms = toSet(criteria.rooms?.map((room) => room.trim()));
  const words = searchWords(criteria.query ?? '');
  const index = words.length > 0 ? createWorkshopSearchIndex(summit) : undefined;
  const timeZone = criteria.timeZone ?? summit?.timeZone;

  // Workshops of a slot share their start text: work its date out once per text.
  const dates = new Map<string, string>();
  const dayOf = ({ start }: Workshop): string => {
    let date = dates.get(start);
    if (date === undefined) {
      date = timeZone === undefined ? start.slice(0, 10) : calendarDateIn(start, timeZone);
      dates.set(start, date);
    }
    return date;
  };

  // The summit's own list has its texts by position; any other list looks each workshop up.
  let texts = index && !isList ? summitSearchTexts(source) : undefined;
  if (texts?.length !== workshops.length) texts = undefined;
  const matches: Workshop[] = [];
  for (let position = 0; position < workshops.length; position++) {
    const workshop = workshops[position]!;
    if (
      (themes === undefined || workshop.themeIds.some((id) => themes.has(id))) &&
      (formats === undefined || formats.has(workshop.format)) &&
      (languages === undefined || languageMatches(workshop.language, languages)) &&
      (rooms === undefined || roomMatches(workshop.room, rooms)) &&
      (days === undefined || days.has(dayOf(workshop))) &&
      (index === undefined ||
        containsAllWords(texts ? texts[position]! : index.textOf(workshop), words))
    ) {
      matches.push(workshop);
    }
  }
  return matches;
}
