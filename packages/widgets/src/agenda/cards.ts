/**
 * One card of the list, my agenda or the grid, from the render's `CardsModel`. A card is
 * rebuilt only when something it shows changed (`guard`): a keystroke or a star then costs a
 * few cards, not a thousand.
 */
import { guard } from 'lit/directives/guard.js';
import type { Workshop } from '@gics/core/summit';
import { hrefFromTemplate } from '../internal/href.js';
import { renderWorkshopCard } from '../workshop-card/card-template.js';
import type { CardsModel } from './view-model.js';

/**
 * What `workshop`'s card shows that can change, its conflict in words if it has one: the card is
 * drawn again only when an entry changes.
 */
export function cardKey(
  workshop: Workshop,
  cards: CardsModel,
  conflict?: string,
): [Workshop, unknown, unknown, boolean, boolean, unknown, unknown, string | undefined] {
  const { context, hrefTemplate } = cards;
  return [
    workshop,
    context.lang,
    context.timeZone,
    cards.favorites.has(workshop.id),
    cards.live.has(workshop),
    conflict,
    hrefTemplate,
    cards.marks.get(workshop.id),
  ];
}

/** `workshop`'s card, its title at `headingLevel`, with a conflict in words if it has one. */
export function renderCard(
  workshop: Workshop,
  cards: CardsModel,
  headingLevel: number,
  conflict?: string,
) {
  const { context, hrefTemplate } = cards;
  const key = cardKey(workshop, cards, conflict);
  const [, , , favorite, now, , , mark] = key;
  return guard(key, () =>
    renderWorkshopCard(workshop, {
      ...context,
      headingLevel,
      href: hrefFromTemplate(hrefTemplate, workshop.id),
      favorite,
      now,
      ...(conflict === undefined ? {} : { conflict }),
      ...(mark === undefined ? {} : { mark }),
    }),
  );
}
