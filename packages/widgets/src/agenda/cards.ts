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

/** `workshop`'s card, its title at `headingLevel`, with a conflict in words if it has one. */
export function renderCard(
  workshop: Workshop,
  cards: CardsModel,
  headingLevel: number,
  conflict?: string,
) {
  const { context, hrefTemplate } = cards;
  const favorite = cards.favorites.has(workshop.id);
  const now = cards.live.has(workshop);
  const mark = cards.marks.get(workshop.id);
  return guard(
    [workshop, context.lang, context.timeZone, favorite, now, conflict, hrefTemplate, mark],
    () =>
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
