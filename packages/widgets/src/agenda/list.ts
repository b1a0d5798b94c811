/**
 * The list view: a heading per day (sticky), a heading per slot, the slot's cards; "show more"
 * at the end of a list too long to complete in the background. My agenda shows its days the
 * same way (mine.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDayHeading, formatTime, formatTimeRange } from '@gics/core/agenda';
import { renderCard } from './cards.js';
import type { AgendaActions, CardsModel, DaysModel } from './view-model.js';

/**
 * Days, slots and cards are mapped by position, not keyed with Lit's `repeat`: a new list (a
 * keystroke, a filter) then updates the cards already on the page in place rather than moving
 * DOM around, which is as fast with `guard` and keeps `repeat` out of the bundle.
 */
export function renderDays(list: DaysModel, cards: CardsModel, a: AgendaActions): TemplateResult {
  const { lang, t, timeZone, eventTimeZone } = cards.context;
  const times = { lang, timeZone, eventTimeZone };
  return html`${list.days.map(
    (day) =>
      html`<section class="day" aria-labelledby="day-${day.date}">
        <h2 part="day-heading" class="day-heading" id="day-${day.date}">
          ${formatDayHeading(day.date, { lang })}
        </h2>
        ${day.slots.map(
          (slot) =>
            html`<section class="slot">
              <h3 class="slot-heading">
                ${
                  slot.end
                    ? formatTimeRange(slot.start, slot.end, times)
                    : formatTime(slot.start, times)
                }
              </h3>
              <ul class="cards" role="list">
                ${slot.workshops.map(
                  (workshop) =>
                    html`<li>${renderCard(workshop, cards, 4, list.conflicts?.get(workshop))}</li>`,
                )}
              </ul>
            </section>`,
        )}
      </section>`,
  )}${
    list.showMore
      ? html`<button type="button" class="action more" @click=${a.showMore}>
          ${t.showMore(list.hidden)}
        </button>`
      : nothing
  }`;
}

/** What shows when the filters let nothing through. */
export function renderNoMatch(t: CardsModel['context']['t'], a: AgendaActions): TemplateResult {
  return html`<div class="empty">
    <p>${t.noMatch}</p>
    <button type="button" class="action" @click=${a.clearFilters}>${t.clearFilters}</button>
  </div>`;
}
