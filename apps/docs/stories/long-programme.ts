/**
 * A long programme for the agenda's "1,000 workshops" story, built from the Montréal 2023 sample
 * so every card still reads like a real workshop.
 *
 * Copy `n` of the sample's workshops moves `n` days later, with ids suffixed `-n`. Copies
 * overlap (copy 1's first day is copy 0's second), so a day holds a few dozen workshops, as a
 * large summit would. Whole days keep each workshop's wall-clock time and UTC offset; the
 * programme stays within one summer, so no copy crosses a daylight-saving change.
 *
 * The widgets package has a similar helper for its own tests, but it is a private file of that
 * package: the docs only import what `@gics/core` and `@gics/widgets` publish.
 */
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import type { Summit } from '@gics/core/summit';

const DAY_MS = 86_400_000;

/** `2023-05-16T09:00:00-04:00` moved by whole days, same wall-clock time and offset. */
function laterBy(instant: string, days: number): string {
  const wallClock = instant.slice(0, 19);
  const offset = instant.slice(19);
  const moved = new Date(Date.parse(`${wallClock}Z`) + days * DAY_MS);
  return `${moved.toISOString().slice(0, 19)}${offset}`;
}

/** `2023-05-18` moved by whole days. */
function dateLaterBy(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Montréal 2023 sample repeated until it holds `count` workshops. */
export function longProgramme(count: number): Summit {
  const sample = montreal2023.workshops;
  const workshops = Array.from({ length: count }, (_, index) => {
    const copy = Math.floor(index / sample.length);
    const source = sample[index % sample.length]!;
    return {
      ...source,
      id: `${source.id}-${copy}`,
      start: laterBy(source.start, copy),
      end: laterBy(source.end, copy),
    };
  });
  const copies = Math.ceil(count / sample.length);
  return {
    ...montreal2023,
    // Its own id, so favourites starred in the other stories do not show up here.
    id: `gics-montreal-2023-x${count}`,
    endDate: dateLaterBy(montreal2023.endDate, copies - 1),
    workshops,
  } as Summit;
}

/**
 * One crowded day for the "Crowded grid day" story: the sample's workshops (titles, themes,
 * speakers) repeated across `rooms` rooms and `rows` half-hour slots from 09:00 on the summit's
 * first day, as a large conference's feed fills a grid.
 */
export function crowdedDay(rooms: number, rows: number): Summit {
  const sample = montreal2023.workshops;
  const first = sample[0]!;
  const offset = first.start.slice(19);
  const at = (minutes: number) =>
    `${montreal2023.startDate}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00${offset}`;
  const workshops = Array.from({ length: rooms * rows }, (_, index) => {
    const source = sample[index % sample.length]!;
    const start = 9 * 60 + Math.floor(index / rooms) * 30;
    const room = (index % rooms) + 1;
    return {
      ...source,
      id: `${source.id}-crowded-${index}`,
      room: { fr: `Salle ${room}`, en: `Room ${room}` },
      start: at(start),
      end: at(start + 30),
    };
  });
  return {
    ...montreal2023,
    id: `gics-montreal-2023-crowded-${rooms}x${rows}`,
    workshops,
  } as Summit;
}
