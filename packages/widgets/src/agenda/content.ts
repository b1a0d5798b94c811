/**
 * The agenda's content area, under its toolbar, filters and count: the view the model names
 * (the list, the grid, my agenda), or why there is nothing to show. The grid and my agenda are
 * drawn by their modules once arrived (view-modules.ts); until then the area stays empty.
 */
import { html, nothing } from 'lit';
import { renderDays, renderNoMatch } from './list.js';
import type { AgendaActions, AgendaViewModel, AgendaViews } from './view-model.js';

/** The content area of a model with a summit on show. */
export function renderContent(
  model: Extract<AgendaViewModel, { status: 'ready' }>,
  a: AgendaActions,
  views: AgendaViews,
) {
  const { content, cards, t } = model;
  switch (content.kind) {
    case 'empty':
      return html`<p class="empty">${content.message}</p>`;
    case 'no-match':
      return renderNoMatch(t, a);
    case 'list':
      return renderDays(content.list, cards, a);
    case 'pending':
      return nothing;
    case 'grid':
      return views.grid!.renderGrid(content, cards, a);
    case 'mine':
      return views.mine!.renderMine(content, cards, a);
  }
}
