import { GicsAgenda } from '../agenda/agenda.js';
import { defineElement } from '../internal/define-element.js';

defineElement('gics-agenda', GicsAgenda);

declare global {
  interface HTMLElementTagNameMap {
    'gics-agenda': GicsAgenda;
  }
}

export { GicsAgenda };
// Re-exported so this module's typings carry the events' `GlobalEventHandlersEventMap` entries:
// `addEventListener('gics-agenda-load', …)` is typed with only this subpath imported.
export type { GicsAgendaLoadEvent } from '../events/agenda-load.js';
export type { GicsAgendaErrorEvent } from '../events/agenda-error.js';
export type { GicsFavoriteChangeEvent } from '../events/favorite-change.js';
export type { GicsWorkshopOpenEvent } from '../events/workshop-open.js';
