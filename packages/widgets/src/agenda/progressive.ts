/**
 * Rendering a long agenda a part at a time.
 *
 * Why: building, styling and laying out a thousand cards at once kept the main thread busy for
 * about a second on a mid-range machine, so the first screen, and every keystroke in the search
 * box, waited for cards nobody could see yet. The agenda now renders the first cards at once and
 * the rest in later tasks (or, past a few thousand, as the visitor scrolls or asks for more).
 */
import type { AgendaDay } from '@gics/core/agenda';

/** Cards rendered with the first paint and after each change of filters or view. */
export const FIRST_CARDS = 24;
/** Cards added by each later task. */
export const MORE_CARDS = 160;
/**
 * Up to this many cards the whole list is rendered in the background, so find-in-page and a
 * screen reader's browse mode reach every workshop. Beyond it, the list grows as the visitor
 * scrolls near its end or presses "Show more": a 10,000-workshop programme must stay usable.
 */
export const BACKGROUND_RENDER_LIMIT = 2000;

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
