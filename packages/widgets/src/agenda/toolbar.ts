/**
 * The toolbar: the view switcher, the time-zone toggle (when zones differ, and always on a
 * pre-rendered agenda, whose row then keeps its place) and "jump to now"; inert while a preview
 * is on show (`pending`), as it is drawn once the whole programme is there.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { AgendaMessages } from '../i18n/agenda.js';
import { AGENDA_VIEWS, type AgendaView } from './types.js';
import type { AgendaActions, ToolbarModel } from './view-model.js';

/** The toolbar of `model`. */
export function renderToolbar(
  model: ToolbarModel,
  t: AgendaMessages,
  a: AgendaActions,
): TemplateResult {
  const viewButton = (view: AgendaView) =>
    html`<button
      type="button"
      class="toggle"
      aria-pressed=${model.view === view ? 'true' : 'false'}
      @click=${() => a.showView(view)}
    >
      ${t.views[view]}${
        view === 'mine' && model.favoriteCount
          ? html` <span class="pill">${model.favoriteCount}</span>`
          : nothing
      }
    </button>`;
  const { zones } = model;
  const zoneButton = (zone: 'event' | 'local', label: string) =>
    html`<button
      type="button"
      class="toggle"
      aria-pressed=${zones?.current === zone ? 'true' : 'false'}
      @click=${() => a.showZone(zone)}
    >
      ${label}
    </button>`;
  return html`<div part="toolbar" class="toolbar" ?inert=${model.pending}>
    <div role="group" aria-labelledby="views-label" class="segmented">
      <span id="views-label" class="group-label">${t.viewsLabel}</span>
      ${AGENDA_VIEWS.map((view) => (view === 'grid' && model.narrow ? nothing : viewButton(view)))}
    </div>
    ${
      zones
        ? html`<div role="group" aria-labelledby="zone-label" class="segmented">
            <span id="zone-label" class="group-label">${t.timeZoneLabel}</span>
            ${zoneButton('event', zones.eventLabel)}
            ${zones.local ? zoneButton('local', t.yourTime) : nothing}
          </div>`
        : nothing
    }
    ${
      model.jump
        ? html`<button type="button" class="action now-button" @click=${a.jumpToNow}>
            ${t.jumpToNow}
          </button>`
        : nothing
    }
  </div>`;
}
