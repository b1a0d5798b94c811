/**
 * The workshop detail dialog's state for the agenda: which workshop is open, the dialog's
 * module (loaded the first time), and focus, which goes back on closing to what opened the
 * dialog (or, when that has left the page, to the workshop's card title).
 *
 *   show(id, opener) → module loaded, its styles adopted → `openId` set, host rendered
 *     → `<dialog>.showModal()` (unless the agenda left the page meanwhile)
 *   `close` event of the `<dialog>` → `closed()` → `openId` cleared, focus returned
 */
import type { ReactiveControllerHost } from 'lit';
import { adoptStyles } from '../internal/on-demand.js';
import { loadDetail } from './modules.js';
import type { DetailView } from './view-model.js';

/** What the dialog needs of the agenda: where it renders, and its updates. */
type DialogHost = ReactiveControllerHost & {
  readonly renderRoot: ParentNode;
  readonly shadowRoot: ShadowRoot | null;
};

/** The open workshop, the dialog's module and where focus goes back, for one agenda. */
export class DetailDialog {
  /** The id of the workshop open in the dialog. */
  openId?: string;
  /** The dialog's content, once its module has arrived. */
  module?: DetailView;
  private opener?: HTMLElement;

  constructor(private readonly host: DialogHost) {}

  /** Opens workshop `id`; `opener` gets focus back on closing (by default what has it now). */
  async show(id: string, opener?: HTMLElement): Promise<void> {
    this.opener =
      opener ?? (this.host.shadowRoot?.activeElement as HTMLElement | null) ?? undefined;
    const module = (this.module ??= await loadDetail());
    adoptStyles(this.host.shadowRoot, module.detailStyles);
    this.openId = id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The agenda may have left the page while the dialog's module was loading.
    const dialog = this.host.renderRoot.querySelector('dialog');
    if (dialog?.isConnected && !dialog.open) dialog.showModal();
  }

  /** Closes the dialog (which then fires `close`). */
  close = (): void => {
    this.host.renderRoot.querySelector('dialog')?.close();
  };

  /** After the `<dialog>` closed: nothing is open, and focus goes back. */
  closed = (): void => {
    const id = this.openId;
    this.openId = undefined;
    this.host.requestUpdate();
    const back =
      this.opener?.isConnected === true
        ? this.opener
        : this.host.renderRoot.querySelector<HTMLElement>(`[data-open="${CSS.escape(id ?? '')}"]`);
    this.opener = undefined;
    back?.focus();
  };
}
