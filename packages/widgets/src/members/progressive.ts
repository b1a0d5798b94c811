/**
 * Rendering a long directory a part at a time, so the first screen and every keystroke cost a
 * screenful of cards, not the whole directory.
 *
 *   a new list (data, search, filters, view, place) → `restart()`: the first `FIRST_CARDS`
 *   each update reports what it left out → `hostUpdated()` plans the rest:
 *     up to `BACKGROUND_RENDER_LIMIT` members: `MORE_CARDS` more in each later task, so
 *       find-in-page and a screen reader's browse mode reach every member
 *     beyond it: `MORE_CARDS` more when the "show more" button (`.more`) nears the viewport
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CardsLeftOut } from './view-model.js';

/** Cards rendered with the first paint and after each change of search, filters or view. */
export const FIRST_CARDS = 24;
/** Cards added by each later step. */
export const MORE_CARDS = 160;
/** Up to this many members, the whole list is rendered in the background. */
export const BACKGROUND_RENDER_LIMIT = 2000;

export class ProgressiveCards implements ReactiveController {
  /** How many cards to render for now. */
  limit = FIRST_CARDS;
  private timer?: ReturnType<typeof setTimeout>;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly leftOut: () => CardsLeftOut,
  ) {
    host.addController(this);
  }

  /** A new list starts from its first cards. */
  restart(): void {
    this.limit = FIRST_CARDS;
  }

  /** Renders `MORE_CARDS` more. */
  grow = (): void => {
    this.limit += MORE_CARDS;
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    this.stop();
    const { hidden, total } = this.leftOut();
    if (hidden === 0) return;
    if (total <= BACKGROUND_RENDER_LIMIT) {
      this.timer = setTimeout(this.grow, 0);
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
