/**
 * My agenda: the visitor's favourites by day, each conflict said in words on its cards and
 * counted above them, and the whole agenda as one calendar file.
 */
import type { TemplateResult } from 'lit';
import type { AgendaActions, CardsModel, MineModel, ViewKit } from './view-model.js';

/** My agenda: the conflict count, the calendar download, the favourites by day. */
export function renderMine(
  mine: MineModel,
  cards: CardsModel,
  a: AgendaActions,
  kit: ViewKit,
): TemplateResult {
  const { html, nothing, days } = kit;
  const { t } = cards.context;
  return html`<div class="mine-actions">
      ${
        mine.conflictCount
          ? html`<p class="conflict-summary">
              <span aria-hidden="true">⚠</span> ${t.conflictCount(mine.conflictCount)}
            </p>`
          : nothing
      }
      <button type="button" class="action" @click=${a.downloadFavorites}>${t.downloadMine}</button>
    </div>
    ${days(mine.list, cards, a)}`;
}
