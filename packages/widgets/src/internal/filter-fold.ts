/**
 * The fold of a filter panel on a narrow element: the search box stays out, the other filters
 * fold behind a "Filters (n)" button (`aria-expanded`, `aria-controls`) so that a phone shows
 * the results first.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * Whether a narrow element's filter panel is open, and what its button does (the agenda's and
 * the directory's; the library has its own, with "Apply"). A disclosure: in the page's flow, not
 * over it, so Escape is left to what has focus (a select's list of options) and the panel stays
 * open until its button closes it. Where the panel folds is the element's styles' business.
 */
export interface FilterFold {
  /** Whether the panel is open where it folds (`FiltersModel.open` reads it). */
  readonly open: boolean;
  /** Opens the panel, or closes it. */
  toggle(): void;
}

/** The fold of `host`'s filter panel: closed at first. */
export function filterFold(host: ReactiveControllerHost): FilterFold {
  const fold = {
    open: false,
    toggle: () => {
      fold.open = !fold.open;
      host.requestUpdate();
    },
  };
  return fold;
}

/**
 * The button that folds the panel `#filters-panel` (`open` or not), saying `label` (how many
 * filters are set); the element's styles hide it where the panel does not fold.
 */
export function foldButton(fold: FilterFold, open: boolean, label: string): TemplateResult {
  return html`<button
    type="button"
    class="action fold"
    aria-expanded=${open ? 'true' : 'false'}
    aria-controls="filters-panel"
    @click=${fold.toggle}
  >
    ${label} <span aria-hidden="true">${open ? '▴' : '▾'}</span>
  </button>`;
}
