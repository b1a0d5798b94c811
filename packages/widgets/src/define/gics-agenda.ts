import { GicsAgenda } from '../agenda/agenda.js';
import { defineElement } from '../internal/define-element.js';

defineElement('gics-agenda', GicsAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'gics-agenda': GicsAgenda;
  }
}

export { GicsAgenda };
