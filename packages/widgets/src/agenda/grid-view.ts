/**
 * The grid view: one conference day at a time (tabs), rooms × time, laid out by the core's
 * `layoutDayGrid`; rooms can be hidden, and cards made compact. Row 1 holds the room names and
 * column 1 the times (both sticky, aria-hidden: each card says its own time and room), so a
 * cell's grid lines are its layout rows and column plus 2.
 *
 * Positions are set through the CSSOM (`styleProperties`), which a strict policy allows. A
 * server sets none: a pre-rendered grid (`@gics/widgets/ssr`) carries them as rules of its
 * style sheet instead (`gridPlacementCss`, keyed by each day's `data-day` and each child's
 * place in it), which stay until the hydrating update has set them its own way. That grid
 * holds every day, one after another under its heading, for readers without JavaScript, for
 * whom no tab works; with scripts, only the chosen day shows (grid.styles.ts), and after the
 * first update only the chosen day is drawn, its nodes kept (`repeat` by day).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import {
  formatDayHeading,
  formatTime,
  layoutDayGrid,
  type DayGrid,
  type GridCell,
} from '@gics/core/agenda';
import { localize, type Summit, type Workshop } from '@gics/core/summit';
import { agendaGridMessages } from '../i18n/agenda-grid.js';
import { checkedState } from '../internal/checked.js';
import { styleProperties as style, type StyleProperties } from '../internal/style-properties.js';
import { renderCard as card } from './cards.js';
import { loadPrerendered } from './hydration.js';
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
  const days = summitDays(memo, summit, zone);
  const everyDay = input.prerendered
    ? days.map((other) =>
        other === day
          ? grid
          : layoutDayGrid(summit, filtered, { day: other, timeZone: zone, lang, hiddenRooms }),
      )
    : undefined;
  return {
    content: {
      kind: 'grid',
      days,
      grid,
      cells,
      ...(everyDay ? { everyDay } : {}),
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

/** The size of a day's grid: its room columns and time rows. */
function gridSize(grid: DayGrid): StyleProperties {
  return {
    '--_gics-grid-columns': String(Math.max(grid.columns, 1)),
    '--_gics-grid-rows': String(grid.rows.length),
  };
}

/** Where the heading of the room in column `index` goes. */
function roomPlacement(index: number): StyleProperties {
  return { 'grid-column': String(index + 2) };
}

/** Where the time of row `index` goes. */
function timePlacement(index: number): StyleProperties {
  return { 'grid-row': String(index + 2) };
}

/** Where a workshop's cell goes. */
function cellPlacement({ rows: [from, to], column }: GridCell): StyleProperties {
  return { 'grid-row': `${from + 2} / ${to + 2}`, 'grid-column': String(column + 2) };
}

/** The days `model` draws, each with the cells drawn for now. */
function panelsOf(model: GridModel): { grid: DayGrid; cells: readonly GridCell[] }[] {
  return (model.everyDay ?? [model.grid]).map((grid) => ({
    grid,
    cells: grid === model.grid ? model.cells : grid.cells,
  }));
}

/** `properties` as CSS declarations. */
function declarations(properties: StyleProperties): string {
  return Object.entries(properties)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
}

/**
 * The positions `renderGrid(model)` sets through the CSSOM, as style sheet rules: for a server,
 * which sets no inline style (a strict policy would refuse a `style` attribute). Each day's
 * grid is `.grid[data-day="…"]`, each of its children its class and its place among them, in
 * the order `renderGrid` draws them: the corner, the rooms, the room-less column, the times,
 * the cells. The class matters for speed: the browser files a rule under its last class, so
 * only a grid's children try these rules, not every node of every card.
 */
export function gridPlacementCss(model: GridModel): string {
  const rules: string[] = [];
  for (const { grid, cells } of panelsOf(model)) {
    if (grid.cells.length === 0) continue;
    const scope = `.grid[data-day="${grid.day}"]`;
    rules.push(`${scope}{${declarations(gridSize(grid))}}`);
    const children: (readonly [string, StyleProperties])[] = [
      ...grid.rooms.map((_, index) => ['grid-room', roomPlacement(index)] as const),
      ...(grid.roomless ? [['grid-room', roomPlacement(grid.rooms.length)] as const] : []),
      ...grid.rows.map((_, index) => ['grid-time', timePlacement(index)] as const),
      ...cells.map((cell) => ['grid-cell', cellPlacement(cell)] as const),
    ];
    // The corner comes first, placed by the grid's own styles.
    children.forEach(([kind, placement], index) =>
      rules.push(`${scope}>.${kind}:nth-child(${index + 2}){${declarations(placement)}}`),
    );
  }
  return rules.join('\n');
}

/** The grid of `model.grid`'s day, its day tabs and its options (and every day, pre-rendered). */
export function renderGrid(model: GridModel, cards: CardsModel, a: AgendaActions): TemplateResult {
  const { lang, t } = cards.context;
  const g = agendaGridMessages[lang];
  const { grid, days } = model;
  const { day, allRooms, rooms } = grid;
  const everyDay = model.everyDay !== undefined;
  const roomHeading = (name: string, index: number) =>
    html`<div class="grid-room" aria-hidden="true" style=${style(roomPlacement(index))}>
      ${name}
    </div>`;
  /** The grid of one day; `label` names it (the day's tab, or its heading). */
  const dayGrid = (shown: DayGrid, cells: readonly GridCell[], label: string) =>
    html`<div part="grid" class="grid-scroll" role="region" aria-labelledby=${label} tabindex="0">
      <div class="grid" data-day=${shown.day} style=${style(gridSize(shown))}>
        <div class="grid-corner" aria-hidden="true">${g.time}</div>
        ${shown.rooms.map((room, index) => roomHeading(localize(room.name, lang), index))}
        ${shown.roomless ? roomHeading(g.noRoom, shown.rooms.length) : nothing}
        ${shown.rows.map(
          (minute, index) =>
            html`<div class="grid-time" aria-hidden="true" style=${style(timePlacement(index))}>
              ${formatTime(Date.UTC(2000, 0, 1, 0, shown.firstMinute + minute), {
                lang,
                timeZone: 'UTC',
              })}
            </div>`,
        )}
        ${cells.map(
          (cell) =>
            html`<div class="grid-cell" style=${style(cellPlacement(cell))}>
              ${card(cell.workshop, cards, 3)}
            </div>`,
        )}
      </div>
    </div>`;
  /** A day's heading, for readers without JavaScript (grid.styles.ts shows it to them alone). */
  const dayHeading = (date: string) =>
    html`<h2 class="day-heading grid-day-heading" id="grid-day-${date}">
      ${formatDayHeading(date, { lang })}
    </h2>`;
  const chosenPanel = () =>
    html`<div role="tabpanel" id="grid-panel" aria-labelledby="tab-${day}" class="grid-panel">
      ${everyDay ? dayHeading(day) : nothing}
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
                            ?checked=${!model.hiddenRooms.has(room.key)}
                            ${checkedState(!model.hiddenRooms.has(room.key))}
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
            ?checked=${model.compact}
            ${checkedState(model.compact)}
            @change=${(event: Event) => a.setCompact((event.target as HTMLInputElement).checked)}
          />
          ${g.compact}</label
        >
      </div>
      ${grid.cells.length === 0 ? noMatch(t, a) : dayGrid(grid, model.cells, `tab-${day}`)}
    </div>`;
  // Another day, drawn only for readers without JavaScript; a day without workshops is left out.
  // Its grid is never hydrated (`laterNever`): the update after the hydrating one takes it away.
  const { laterNever } = loadPrerendered.arrived ?? {};
  const otherGrid = (shown: DayGrid) => () => dayGrid(shown, shown.cells, `grid-day-${shown.day}`);
  const otherPanel = (shown: DayGrid) =>
    shown.cells.length === 0
      ? nothing
      : html`<section class="grid-panel other-day" aria-labelledby="grid-day-${shown.day}">
          ${dayHeading(shown.day)} ${laterNever ? laterNever(otherGrid(shown)) : otherGrid(shown)()}
        </section>`;
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
    ${repeat(
      panelsOf(model),
      (panel) => panel.grid.day,
      (panel) => (panel.grid === grid ? chosenPanel() : otherPanel(panel.grid)),
    )}`;
}
