/**
 * My agenda, loaded the first time a visitor shows it (see `modules.ts`): the visitor's
 * favourites by day, each conflict said in words on its cards and counted above them, and the
 * whole agenda as one calendar file.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { dayOptionsOf, findConflicts, groupWorkshopsByDay } from '@gics/core/agenda';
import { localize, type Summit, type Workshop } from '@gics/core/summit';
import { agendaMineMessages } from '../i18n/agenda-mine.js';
import { renderDays } from './list.js';
import {
  daysModel,
  type AgendaActions,
  type AgendaInput,
  type AgendaMemo,
  type CardsModel,
  type ContentModel,
  type MineModel,
} from './view-model.js';
import type { CardsLeftOut } from '../internal/progressive.js';

/** My agenda's content: the favourites by day, their conflicts in words, the cards allowed for now. */
export function mineContent(
  input: AgendaInput,
  memo: AgendaMemo,
  summit: Summit,
): { content: ContentModel; leftOut: CardsLeftOut } {
  const { lang, zone, favorites, limit } = input;
  const t = agendaMineMessages[lang];
  const mine = memo.mine.get([summit, favorites, zone, lang], () => {
    const workshops = summit.workshops.filter((workshop) => favorites.has(workshop.id));
    const found = findConflicts(workshops);
    const others = new Map<Workshop, string[]>();
    for (const { first, second } of found) {
      others.set(first, [...(others.get(first) ?? []), localize(second.title, lang)]);
      others.set(second, [...(others.get(second) ?? []), localize(first.title, lang)]);
    }
    const conflicts = new Map(
      [...others].map(([workshop, titles]) => [workshop, t.conflict(titles)]),
    );
    return {
      days: groupWorkshopsByDay(workshops, dayOptionsOf(summit, zone)),
      conflicts,
      count: found.length,
    };
  });
  const { total, ...list } = daysModel(mine.days, limit);
  return {
    content: {
      kind: 'mine',
      list: { ...list, conflicts: mine.conflicts },
      conflictCount: mine.count,
    },
    leftOut: { hidden: list.hidden, total, background: false },
  };
}

/** My agenda: the conflict count, the calendar download, the favourites by day. */
export function renderMine(mine: MineModel, cards: CardsModel, a: AgendaActions): TemplateResult {
  const t = agendaMineMessages[cards.context.lang];
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
    ${renderDays(mine.list, cards, a)}`;
}
