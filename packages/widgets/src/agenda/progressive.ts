/**
 * The agenda's part of rendering a long programme a part at a time (internal/progressive.ts):
 * the first workshops of the days in reading order, and where a workshop comes in that order
 * (how many cards "jump to now" or a deep link needs rendered).
 */
import type { AgendaDay } from '@gics/core/agenda';

/** The first `limit` workshops of `days`, in reading order, and how many are left out. */
export function firstWorkshops(
  days: readonly AgendaDay[],
  limit: number,
): { days: AgendaDay[]; total: number; hidden: number } {
  let total = 0;
  for (const day of days) for (const slot of day.slots) total += slot.workshops.length;
  if (total <= limit) return { days: [...days], total, hidden: 0 };
  const kept: AgendaDay[] = [];
  let room = limit;
  for (const day of days) {
    if (room <= 0) break;
    const slots: AgendaDay['slots'] = [];
    for (const slot of day.slots) {
      if (room <= 0) break;
      const workshops = slot.workshops.slice(0, room);
      room -= workshops.length;
      slots.push(workshops.length === slot.workshops.length ? slot : { ...slot, workshops });
    }
    kept.push({ ...day, slots });
  }
  return { days: kept, total, hidden: total - limit };
}

/** Where `id` comes in reading order (its 0-based rank among the cards), or -1. */
export function readingRank(days: readonly AgendaDay[], id: string): number {
  let rank = 0;
  for (const day of days) {
    for (const slot of day.slots) {
      for (const workshop of slot.workshops) {
        if (workshop.id === id) return rank;
        rank += 1;
      }
    }
  }
  return -1;
}
