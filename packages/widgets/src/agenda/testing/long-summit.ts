/**
 * A programme of any length for the agenda's tests of long lists: the Montréal 2023 sample's
 * workshops repeated over as many consecutive days as needed, twelve a day, with fresh ids.
 */
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import type { Summit } from '@gics/core/summit';

const DAY_MS = 86_400_000;

/** Shifts an ISO instant with offset (`2023-05-16T09:30:00-04:00`) by whole days. */
function shiftDays(instant: string, days: number): string {
  const offset = instant.slice(19);
  const local = new Date(Date.parse(`${instant.slice(0, 19)}Z`) + days * DAY_MS);
  return `${local.toISOString().slice(0, 19)}${offset}`;
}

export function longSummit(workshopCount: number): Summit {
  const base = montreal2023.workshops;
  const workshops = Array.from({ length: workshopCount }, (_, index) => {
    const source = base[index % base.length]!;
    const days = Math.floor(index / base.length) * 3;
    return {
      ...source,
      id: `${source.id}-${index}`,
      start: shiftDays(source.start, days),
      end: shiftDays(source.end, days),
    };
  });
  const lastDay = Math.floor((workshopCount - 1) / base.length) * 3 + 3;
  return {
    ...montreal2023,
    id: `gics-long-${workshopCount}`,
    endDate: shiftDays(`${montreal2023.startDate}T00:00:00Z`, lastDay).slice(0, 10),
    workshops,
  } as Summit;
}

/**
 * A day as crowded as a large conference's (hundreds of talks in thirty rooms): the sample's
 * first day, `workshopCount` half-hour workshops from 08:00, thirty rooms at a time, listed
 * latest first so that rendering in time order is not the data's own order.
 */
export function crowdedDay(workshopCount: number): Summit {
  const base = montreal2023.workshops[0]!;
  const rooms = 30;
  const day = montreal2023.startDate;
  const offset = base.start.slice(19);
  const at = (minutes: number) =>
    `${day}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00${offset}`;
  const workshops = Array.from({ length: workshopCount }, (_, index) => {
    const start = 8 * 60 + Math.floor(index / rooms) * 30;
    return {
      ...base,
      id: `crowded-${index}`,
      title: `Atelier ${index + 1}`,
      room: `Salle ${(index % rooms) + 1}`,
      start: at(start),
      end: at(start + 30),
    };
  }).reverse();
  return { ...montreal2023, id: `gics-crowded-${workshopCount}`, workshops } as Summit;
}
