/**
 * The zone an element shows times in, from its `time-zone` attribute: `local` is the
 * visitor's zone; a valid IANA zone is itself; anything else (`event`, empty, a zone the
 * browser does not know) is the event's zone, or the visitor's when the event names none.
 */
import { isValidTimeZone } from '@gics/core/summit';

let visitorZone = '';
let visitorZoneRead = -Infinity;

/**
 * The visitor's zone, as the browser knows it. Read at most once a minute: building the
 * formatter that tells it is costly, every update asks, and a traveller's new zone can wait
 * for the next minute's clock tick.
 */
export function localTimeZone(): string {
  const now = Date.now();
  if (now - visitorZoneRead > 60_000) {
    visitorZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    visitorZoneRead = now;
  }
  return visitorZone;
}

/** The zone to show times in for `requested` (a `time-zone` value) and the event's zone. */
export function resolveTimeZone(requested: string, eventZone: string | undefined): string {
  if (requested === 'local') return localTimeZone();
  if (requested !== 'event' && isValidTimeZone(requested)) return requested;
  return eventZone ?? localTimeZone();
}
