/**
 * The workshop detail `<dialog>`: always in the tree, filled when a workshop is open and the
 * dialog's module (on-demand.ts) has arrived. The element opens it with `showModal()`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Language, Summit } from '@gics/core/summit';
import type { AgendaMessages } from '../i18n/agenda.js';
import { themeBadgeTemplate } from '../theme-badge/theme-badge-template.js';
import { safeHref } from '../internal/href.js';
import type { AgendaActions, DialogModel } from './view-model.js';

/** The `<dialog>`, with the open workshop's detail once its module is there. */
export function renderDialog(
  model: DialogModel,
  context: { t: AgendaMessages; lang: Language; summit: Summit; zone: string },
  a: AgendaActions,
): TemplateResult {
  const { workshop, onDemand } = model;
  return html`<dialog
    part="dialog"
    class="dialog"
    aria-labelledby="dialog-title"
    @close=${a.dialogClosed}
  >
    ${
      workshop && onDemand
        ? onDemand.renderWorkshopDetail(workshop, {
            html,
            nothing,
            t: context.t,
            lang: context.lang,
            summit: context.summit,
            timeZone: context.zone,
            themes: model.themes,
            speakers: model.speakers,
            favorite: model.favorite,
            page: safeHref(workshop.url),
            badge: themeBadgeTemplate,
            close: a.closeDialog,
            toggleFavorite: () => a.toggleFavorite(workshop.id),
            download: () => a.downloadWorkshop(workshop),
          })
        : nothing
    }
  </dialog>`;
}
