/**
 * The workshop detail `<dialog>`: always in the tree, filled when a workshop is open and the
 * dialog's module (detail.ts) has arrived. The element opens it with `showModal()`.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Summit } from '@gics/core/summit';
import { themeBadgeTemplate } from '../theme-badge/theme-badge-template.js';
import { safeHref } from '../internal/href.js';
import type { AgendaActions, CardsModel, DialogModel } from './view-model.js';

/** The `<dialog>`, with the open workshop's detail once its module is there. */
export function renderDialog(
  model: DialogModel,
  context: CardsModel['context'] & { summit: Summit },
  a: AgendaActions,
): TemplateResult {
  const { workshop, detail } = model;
  return html`<dialog
    part="dialog"
    class="dialog"
    aria-labelledby="dialog-title"
    @close=${a.dialogClosed}
  >
    ${model.removed ? html`<p class="notice" role="status">${context.t.removedFromProgramme}</p>` : nothing}
    ${
      workshop && detail
        ? detail.renderWorkshopDetail(workshop, {
            t: context.t,
            lang: context.lang,
            summit: context.summit,
            timeZone: context.timeZone,
            themes: context.themes,
            members: context.members,
            favorite: model.favorite,
            page: safeHref(workshop.url),
            badge: themeBadgeTemplate,
            close: a.closeDialog,
            toggleFavorite: () => a.toggleFavorite(workshop.id),
            download: () => a.downloadWorkshop(workshop),
            downloadFailed: model.downloadFailed,
          })
        : nothing
    }
  </dialog>`;
}
