/**
 * The zone an element shows times in, from its `time-zone` attribute: `local` is the
 * visitor's zone; a valid IANA zone is itself; anything else (`event`, empty, a zone the
 * browser does not know) is the event's zone, or the visitor's when the event names none.
 */
import { isValidTimeZone } from '@gics/core/summit';

/** The visitor's zone, as the browser knows it. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The zone to show times in for `requested` (a `time-zone` value) and the event's zone. */
export function resolveTimeZone(requested: string, eventZone: string | undefined): string {
  if (requested === 'local') return localTimeZone();
  if (requested !== 'event' && isValidTimeZone(requested)) return requested;
  return eventZone ?? localTimeZone();
}
