/**
 * An element's detail dialog (a workshop, a member): which record is open, the dialog's module
 * (loaded the first time, its styles adopted), and focus, which goes back on closing to what
 * opened the dialog (or, when that has left the page, to the record's `[data-open]` opener).
 *
 *   show(id, opener) → module loaded, its styles adopted → `openId` set, host rendered
 *     → `<dialog>.showModal()` (unless the element left the page meanwhile)
 *   `close` event of the `<dialog>` → `closed()` → `openId` cleared, focus returned
 *
 * The host renders one `<dialog>` in its shadow root, filled from `openId` and `module`.
 */
import type { ReactiveControllerHost } from 'lit';
import { adoptStyles } from './on-demand.js';

/** What the dialog needs of its element: where it renders, and its updates. */
export type DialogHost = ReactiveControllerHost & {
  readonly renderRoot: ParentNode;
  readonly shadowRoot: ShadowRoot | null;
};

/** The open record, the dialog's module and where focus goes back, for one element. */
export class DetailDialog<Module extends { readonly detailStyles: string }> {
  /** The id of the record open in the dialog. */
  openId?: string;
  /** The dialog's content, once its module has arrived. */
  module?: Module;
  private opener?: HTMLElement;

  /** @param load Fetches the dialog's module (once per page: `once`, internal/on-demand.ts). */
  constructor(
    private readonly host: DialogHost,
    private readonly load: () => Promise<Module>,
  ) {}

  /** Opens record `id`; `opener` gets focus back on closing (by default what has it now). */
  async show(id: string, opener?: HTMLElement): Promise<void> {
    this.opener =
      opener ?? (this.host.shadowRoot?.activeElement as HTMLElement | null) ?? undefined;
    const module = (this.module ??= await this.load());
    adoptStyles(this.host.shadowRoot, module.detailStyles);
    this.openId = id;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The element may have left the page while the dialog's module was loading.
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
