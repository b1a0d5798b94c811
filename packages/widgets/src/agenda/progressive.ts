/**
 * Rendering a long agenda a part at a time.
 *
 * Building, styling and laying out a thousand cards at once keeps the main thread busy long
 * enough that the first screen, and every keystroke in the search box, would wait for cards
 * nobody can see yet. So the agenda renders its first cards at once and the rest in later tasks
 * (or, past a few thousand, as the visitor scrolls near the end or asks for more).
 *
 *   a new list (summit, filters, view, zone, day, rooms) → `restart()`: the first cards
 *   each render reports what it left out (`CardsLeftOut`) → `hostUpdated()` plans the rest:
 *     up to `BACKGROUND_RENDER_LIMIT` cards, or the grid: `MORE_CARDS` more in a later task
 *     beyond it: `MORE_CARDS` more when the "show more" button (`.more`) nears the viewport
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
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

/** What a render left out, as the host reports it after each update. */
export interface CardsLeftOut {
  /** Cards the render left out. */
  hidden: number;
  /** Cards there are in all. */
  total: number;
  /**
   * Whether the rest comes in background tasks however many there are: the grid shows one day
   * and scrolls inside its own box, so it has no end of page for "show more" to wait at.
   */
  background: boolean;
}

/** The number of cards to render, and the timer or observer that raises it. */
export class ProgressiveRendering implements ReactiveController {
  /** How many cards the list, my agenda or the grid renders for now. */
  limit = FIRST_CARDS;
  /** Whether `limit` grew since the last update (a restart in the same update keeps it). */
  private grown = false;
  private timer?: ReturnType<typeof setTimeout>;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly leftOut: () => CardsLeftOut,
  ) {
    host.addController(this);
  }

  /** A new list starts from its first cards: a keystroke then costs a screenful, not a programme. */
  restart(): void {
    if (!this.grown) this.limit = FIRST_CARDS;
  }

  /** Renders `count` cards (by default `MORE_CARDS` more than now). */
  grow = (count = this.limit + MORE_CARDS): void => {
    this.limit = count;
    this.grown = true;
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    this.grown = false;
    this.stop();
    const { hidden, total, background } = this.leftOut();
    if (hidden === 0) return;
    if (total <= BACKGROUND_RENDER_LIMIT || background) {
      this.timer = setTimeout(() => this.grow(), 0);
      return;
    }
    const more = this.host.renderRoot.querySelector('.more');
    if (!more || typeof IntersectionObserver === 'undefined') return;
    this.observer ??= new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) this.grow();
      },
      { rootMargin: '0px 0px 100% 0px' },
    );
    this.observer.observe(more);
  }

  hostDisconnected(): void {
    this.stop();
  }

  private stop(): void {
    clearTimeout(this.timer);
    this.observer?.disconnect();
  }
}
