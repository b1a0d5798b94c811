import { GicsWorkshopCard } from '../workshop-card/workshop-card.js';
import { defineElement } from '../internal/define-element.js';

defineElement('gics-workshop-card', GicsWorkshopCard);

declare global {
  interface HTMLElementTagNameMap {
    'gics-workshop-card': GicsWorkshopCard;
  }
}

export { GicsWorkshopCard };
