/**
 * What an element that loads data (the agenda, the practices library, the member directory)
 * shows before its data is ready: a skeleton while loading, or the error with "Try again" when
 * trying again can help. A pure function of the element's state model; its styles are
 * `stateStyles` (styles/state.styles.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language } from '@gics/core';
import type { LoadStatus } from './load-controller.js';

/** The words the state view reads, by error kind. */
export interface StateWords<Kind extends string> {
  loading: string;
  errorTitle: string;
  retry: string;
  errors: Readonly<Record<Kind, string>>;
}

/** An element's view model before its data is ready: loading, an error, or nothing yet. */
export interface LoadStateModel<Kind extends string> {
  readonly status: Exclude<LoadStatus, 'ready'>;
  readonly lang: Language;
  readonly t: StateWords<Kind>;
  readonly errorKind?: Kind;
  /** Whether "Try again" is offered. */
  readonly retry: boolean;
}

/**
 * The element's `base` part before its data is ready (`aria-busy` while loading), holding the
 * skeleton, the error with "Try again" when it can help, or nothing.
 */
export function renderLoadState<Kind extends string>(
  model: LoadStateModel<Kind>,
  reload: () => void,
): TemplateResult {
  const { t } = model;
  let content: TemplateResult | typeof nothing = nothing;
  if (model.status === 'loading') {
    content = html`<div class="skeleton" aria-hidden="true">
        ${[0, 1, 2].map(() => html`<div class="bone"></div>`)}
      </div>
      <p class="vh" role="status">${t.loading}</p>`;
  } else if (model.status === 'error' && model.errorKind) {
    content = html`<div part="error" class="error" role="alert">
      <p class="error-title">${t.errorTitle}</p>
      <p>${t.errors[model.errorKind]}</p>
      ${
        model.retry
          ? html`<button type="button" class="action" @click=${reload}>${t.retry}</button>`
          : nothing
      }
    </div>`;
  }
  return html`<div
    part="base"
    class="base"
    lang=${model.lang}
    aria-busy=${model.status === 'loading' ? 'true' : 'false'}
  >
    ${content}
  </div>`;
}
