/** What the agenda shows before a summit is ready: a skeleton while loading, or the error. */
import { html, nothing, type TemplateResult } from 'lit';
import type { AgendaActions, StateModel } from './view-model.js';

/** The skeleton while loading, the error with "Try again" when it can help, else nothing. */
export function renderState(model: StateModel, a: Pick<AgendaActions, 'reload'>): TemplateResult {
  const { t } = model;
  if (model.status === 'loading') {
    return html`<div class="skeleton" aria-hidden="true">
        ${[0, 1, 2].map(() => html`<div class="bone"></div>`)}
      </div>
      <p class="vh" role="status">${t.loading}</p>`;
  }
  if (model.status === 'error' && model.errorKind) {
    return html`<div part="error" class="error" role="alert">
      <p class="error-title">${t.errorTitle}</p>
      <p>${t.errors[model.errorKind]}</p>
      ${
        model.retry
          ? html`<button type="button" class="action" @click=${a.reload}>${t.retry}</button>`
          : nothing
      }
    </div>`;
  }
  return html`${nothing}`;
}
