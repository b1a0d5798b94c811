/**
 * The list view: a heading per day (sticky), a heading per slot, the slot's cards; "show more"
 * at the end of a list too long to complete in the background. My agenda shows its days the
 * same way (mine.ts).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { formatDayHeading, formatTime, formatTimeRange } from '@gics/core/agenda';
import type { Workshop } from '@gics/core/summit';
import { clearFiltersButton } from '../internal/clear-filters.js';
import { FIRST_CARDS } from '../internal/progressive.js';
import { cardKey, renderCard } from './cards.js';
import { loadPrerendered } from './hydration.js';
import type { AgendaActions, CardsModel, DaysModel } from './view-model.js';

/**
 * Days, slots and cards are mapped by position, not keyed with Lit's `repeat`: a new list (a
 * keystroke, a filter) then updates the cards already on the page in place rather than moving
 * DOM around, which is as fast with `guard` and keeps `repeat` out of the bundle.
 *
 * On a pre-rendered page (its hydration module arrived), each slot's cards go through
 * `laterList` (later-lists.ts): the lists after the first screen are hydrated in the background;
 * and its heading through `laterText`: the first update leaves the server's words.
 */
export function renderDays(list: DaysModel, cards: CardsModel, a: AgendaActions): TemplateResult {
  const { lang, t, timeZone, eventTimeZone } = cards.context;
  const times = { lang, timeZone, eventTimeZone };
  const { laterList, laterText } = loadPrerendered.arrived ?? {};
  const card = (workshop: Workshop) =>
    html`<li>${renderCard(workshop, cards, 4, list.conflicts?.get(workshop))}</li>`;
  const key = (workshop: Workshop) => cardKey(workshop, cards, list.conflicts?.get(workshop));
  // The place of each slot's first card in reading order.
  let rank = 0;
  return html`${list.days.map(
    (day) =>
      html`<section class="day" aria-labelledby="day-${day.date}">
        <h2 part="day-heading" class="day-heading" id="day-${day.date}">
          ${formatDayHeading(day.date, { lang })}
        </h2>
        ${day.slots.map((slot) => {
          const first = rank;
          rank += slot.workshops.length;
          const heading = () =>
            slot.end ? formatTimeRange(slot.start, slot.end, times) : formatTime(slot.start, times);
          return html`<section class="slot">
            <h3 class="slot-heading">${laterText ? laterText(heading) : heading()}</h3>
            <ul class="cards" role="list">
              ${
                laterList
                  ? laterList(first >= FIRST_CARDS, slot.workshops, card, key)
                  : slot.workshops.map(card)
              }
            </ul>
          </section>`;
        })}
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
    ${clearFiltersButton(t.clearFilters, a.clearFilters)}
  </div>`;
}
