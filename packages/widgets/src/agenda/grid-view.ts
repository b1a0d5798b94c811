/**
 * The grid view: one conference day at a time (tabs), rooms × time, laid out by the core's
 * `layoutDayGrid`; rooms can be hidden, and cards made compact. Row 1 holds the room names and
 * column 1 the times (both sticky, aria-hidden: each card says its own time and room), so a
 * cell's grid lines are its layout rows and column plus 2.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDayHeading, formatTime, layoutDayGrid } from '@gics/core/agenda';
import { localize, type Summit, type Workshop } from '@gics/core/summit';
import { agendaGridMessages } from '../i18n/agenda-grid.js';
import { styleProperties as style } from '../internal/style-properties.js';
import { renderCard as card } from './cards.js';
import { renderNoMatch as noMatch } from './list.js';
import type { CardsLeftOut } from '../internal/progressive.js';
import {
  summitDays,
  type AgendaActions,
  type AgendaInput,
  type AgendaMemo,
  type CardsModel,
  type ContentModel,
  type GridModel,
} from './view-model.js';

export { gridStyles } from './grid.styles.js';

/**
 * The grid's content: the chosen day laid out (`layoutDayGrid`), and its first cells. A crowded
 * day (a large conference's feed has hundreds of talks a day) renders its first cells at once
 * and the rest in background tasks, as the list does.
 */
export function gridContent(
  input: AgendaInput,
  memo: AgendaMemo,
  summit: Summit,
  filtered: readonly Workshop[],
): { content: ContentModel; leftOut: CardsLeftOut } {
  const { gridDay: day, hiddenRooms, lang, zone, limit } = input;
  const grid = memo.grid.get([summit, filtered, day, lang, zone, hiddenRooms], () =>
    layoutDayGrid(summit, filtered, { day, timeZone: zone, lang, hiddenRooms }),
  );
  const cells = grid.cells.slice(0, limit);
  return {
    content: {
      kind: 'grid',
      days: summitDays(memo, summit, zone),
      grid,
      cells,
      hiddenRooms,
      compact: input.compact,
    },
    leftOut: {
      hidden: grid.cells.length - cells.length,
      total: grid.cells.length,
      background: true,
    },
  };
}

/** The grid of `model.grid`'s day, its day tabs and its options. */
export function renderGrid(model: GridModel, cards: CardsModel, a: AgendaActions): TemplateResult {
  const { lang, t } = cards.context;
  const g = agendaGridMessages[lang];
  const roomHeading = (name: string, index: number) =>
    html`<div
      class="grid-room"
      aria-hidden="true"
      style=${style({ 'grid-column': String(index + 2) })}
    >
      ${name}
    </div>`;
  const { grid, days } = model;
  const { day, allRooms, rooms } = grid;
  return html`<div role="tablist" aria-label=${g.daysLabel} class="tabs">
      ${days.map(
        (date) =>
          html`<button
            role="tab"
            type="button"
            id="tab-${date}"
            aria-selected=${date === day ? 'true' : 'false'}
            aria-controls="grid-panel"
            tabindex=${date === day ? '0' : '-1'}
            @click=${() => a.showDay(date)}
            @keydown=${(event: KeyboardEvent) => a.dayKeydown(event, days)}
          >
            ${formatDayHeading(date, { lang })}
          </button>`,
      )}
    </div>
    <div role="tabpanel" id="grid-panel" aria-labelledby="tab-${day}" class="grid-panel">
      <div class="grid-options">
        ${
          allRooms.length > 1
            ? html`<details class="rooms">
                <summary>${g.roomsShown} (${rooms.length}/${allRooms.length})</summary>
                <ul role="list">
                  ${allRooms.map(
                    (room) =>
                      html`<li>
                        <label
                          ><input
                            type="checkbox"
                            .checked=${!model.hiddenRooms.has(room.key)}
                            @change=${() => a.toggleRoom(room.key)}
                          />
                          ${localize(room.name, lang)}</label
                        >
                      </li>`,
                  )}
                </ul>
              </details>`
            : nothing
        }
        <label class="check"
          ><input
            type="checkbox"
            .checked=${model.compact}
            @change=${(event: Event) => a.setCompact((event.target as HTMLInputElement).checked)}
          />
          ${g.compact}</label
        >
      </div>
      ${
        grid.cells.length === 0
          ? noMatch(t, a)
          : html`<div
              part="grid"
              class="grid-scroll"
              role="region"
              aria-labelledby="tab-${day}"
              tabindex="0"
            >
              <div
                class="grid"
                style=${style({
                  '--_gics-grid-columns': String(Math.max(grid.columns, 1)),
                  '--_gics-grid-rows': String(grid.rows.length),
                })}
              >
                <div class="grid-corner" aria-hidden="true">${g.time}</div>
                ${rooms.map((room, index) => roomHeading(localize(room.name, lang), index))}
                ${grid.roomless ? roomHeading(g.noRoom, rooms.length) : nothing}
                ${grid.rows.map(
                  (minute, index) =>
                    html`<div
                      class="grid-time"
                      aria-hidden="true"
                      style=${style({ 'grid-row': String(index + 2) })}
                    >
                      ${formatTime(Date.UTC(2000, 0, 1, 0, grid.firstMinute + minute), {
                        lang,
                        timeZone: 'UTC',
                      })}
                    </div>`,
                )}
                ${model.cells.map(
                  ({ workshop, rows: [from, to], column }) =>
                    html`<div
                      class="grid-cell"
                      style=${style({
                        'grid-row': `${from + 2} / ${to + 2}`,
                        'grid-column': String(column + 2),
                      })}
                    >
                      ${card(workshop, cards, 3)}
                    </div>`,
                )}
              </div>
            </div>`
      }
    </div>`;
}
