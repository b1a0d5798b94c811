/**
 * "Add to my calendar" links for one workshop: Google Calendar's event template and Outlook's
 * compose page. Both open a pre-filled form the visitor confirms; nothing is sent anywhere by
 * us. The text is the same as in the `.ics` export (`describeWorkshop`), and the times are UTC
 * instants, so the visitor's calendar shows them in their own zone.
 */
import type { Language } from '../summit/localized-text.js';
import type { Summit, Workshop } from '../summit/summit.schema.js';
import { cleanText } from './escape.js';
import { describeWorkshop, instant, summitLookup, utcDateTime } from './icalendar.js';

/** Options of {@link googleCalendarUrl} and {@link outlookCalendarUrl}. */
export interface CalendarLinkOptions {
  /** Language of the text. */
  lang: Language;
  /** The workshop's summit, for speaker names, theme names and the venue. */
  summit?: Summit;
}

const GOOGLE_CALENDAR = 'https://calendar.google.com/calendar/render';
const OUTLOOK_CALENDAR = 'https://outlook.live.com/calendar/0/action/compose';

/**
 * A link that opens Google Calendar's new-event form filled in with `workshop`.
 *
 * @throws {RangeError} when the workshop's start or end is not a date-time.
 */
export function googleCalendarUrl(workshop: Workshop, options: CalendarLinkOptions): string {
  const text = describeWorkshop(workshop, options.lang, summitLookup(options.summit));
  const start = utcDateTime(instant(workshop.start, workshop.id), workshop.id);
  const end = utcDateTime(instant(workshop.end, workshop.id), workshop.id);
  const params = new URLSearchParams({ action: 'TEMPLATE', text: cleanText(text.title) });
  params.set('dates', `${start}/${end}`);
  if (text.description) params.set('details', cleanText(text.description));
  if (text.location) params.set('location', cleanText(text.location));
  return `${GOOGLE_CALENDAR}?${params}`;
}

/**
 * A link that opens Outlook.com's new-event form filled in with `workshop`.
 *
 * @throws {RangeError} when the workshop's start or end is not a date-time.
 */
export function outlookCalendarUrl(workshop: Workshop, options: CalendarLinkOptions): string {
  const text = describeWorkshop(workshop, options.lang, summitLookup(options.summit));
  const params = new URLSearchParams({ subject: cleanText(text.title) });
  params.set('startdt', isoUtc(instant(workshop.start, workshop.id), workshop.id));
  params.set('enddt', isoUtc(instant(workshop.end, workshop.id), workshop.id));
  if (text.description) params.set('body', cleanText(text.description));
  if (text.location) params.set('location', cleanText(text.location));
  params.set('path', '/calendar/action/compose');
  params.set('rru', 'addevent');
  return `${OUTLOOK_CALENDAR}?${params}`;
}

/** `time` as ISO 8601 in UTC without milliseconds, e.g. `2023-05-16T13:30:00Z`. */
function isoUtc(time: number, what: string): string {
  const basic = utcDateTime(time, what); // Checks the range; 20230516T133000Z
  return `${basic.slice(0, 4)}-${basic.slice(4, 6)}-${basic.slice(6, 11)}:${basic.slice(11, 13)}:${basic.slice(13)}`;
}
