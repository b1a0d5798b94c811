/**
 * Rendering a long list of cards a part at a time: the agenda's workshops, the library's
 * practices, the directory's members.
 *
 * Building, styling and laying out a thousand cards at once keeps the main thread busy long
 * enough that the first screen, and every keystroke in a search box, would wait for cards nobody
 * can see yet. So an element renders its first cards at once and the rest in later tasks (or,
 * past a few thousand, as the visitor scrolls near the end or asks for more).
 *
 *   a new list (data, search, filters, view…) → `restart()`: the first cards
 *   each render reports what it left out (`CardsLeftOut`) → `hostUpdated()` plans the rest:
 *     up to `BACKGROUND_RENDER_LIMIT` cards, or a list that asks for it (the agenda's grid):
 *       `MORE_CARDS` more in a later task
 *     beyond it: `MORE_CARDS` more when the "show more" button (`.more`) nears the viewport
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Cards rendered with the first paint and after each change of filters or view. */
export const FIRST_CARDS = 24;
/**
 * Cards of a page's first list, when the first paint waits for them: a wide screen's first
 * screenful; the next task renders more as usual.
 */
export const FIRST_PAINT_CARDS = 12;
/** Cards added by each later task. */
export const MORE_CARDS = 100;
/**
 * Up to this many cards the whole list is rendered in the background, so find-in-page and a
 * screen reader's browse mode reach every card. Beyond it, the list grows as the visitor
 * scrolls near its end or presses "Show more": a 10,000-card list must stay usable.
 */
export const BACKGROUND_RENDER_LIMIT = 2000;

/** What a render left out, as the host reports it after each update. */
export interface CardsLeftOut {
  /** Cards the render left out. */
  hidden: number;
  /** Cards there are in all. */
  total: number;
  /**
   * Whether the rest comes in background tasks however many there are: the agenda's grid shows
   * one day and scrolls inside its own box, so it has no end of page for "show more" to wait at.
   */
  background: boolean;
}

/** The number of cards to render, and the timer or observer that raises it. */
export class ProgressiveRendering implements ReactiveController {
  /** How many cards the element renders for now. */
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

  /**
   * A new list starts from its first `cards`: a keystroke then costs a screenful, not a
   * programme.
   */
  restart(cards = FIRST_CARDS): void {
    if (!this.grown) this.limit = cards;
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
