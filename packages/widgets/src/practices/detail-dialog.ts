/**
 * The practice dialog's state for the library, and its place in the page's history: which
 * practice is open, the dialog's module (loaded the first time), focus (back on closing to what
 * opened the dialog, or to the practice's card title), and the deep link `#practice-<id>`.
 *
 *   show(id, opener, push) → `#practice-<id>` pushed onto the history (a card, a related
 *     practice) → module loaded, its styles adopted → `openId` set, host rendered
 *     → `<dialog>.showModal()`, or, already open, focus on the new title
 *   `close` event of the `<dialog>` → `closed()` → the entries this dialog pushed taken back
 *     (`history.go(-n)`), or a deep link's hash removed → focus returned
 *   back / forward (`popstate`) → `follow(id)`: the host opens that practice, or closes the
 *     dialog when the address names none
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptStyles } from '../internal/on-demand.js';
import { loadDetail } from './modules.js';
import type { DetailView } from './view-model.js';

/** What the dialog needs of the library: where it renders, and its updates. */
type DialogHost = ReactiveControllerHost & {
  readonly renderRoot: ParentNode;
  readonly shadowRoot: ShadowRoot | null;
};

/** The history entry's state this dialog writes: how many entries it has pushed so far. */
interface DialogState {
  gicsPracticeDepth: number;
}

const HASH = /^#practice-(.+)$/;

/** The practice id a page address's hash names (`#practice-<id>`), if any. */
export function practiceIdFromHash(hash: string): string | undefined {
  const match = HASH.exec(hash);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return undefined;
  }
}

/** The deep link of practice `id` on this page. */
export function practiceLink(id: string): string {
  const url = new URL(location.href);
  url.hash = `practice-${encodeURIComponent(id)}`;
  return url.href;
}

function depthOf(state: unknown): number {
  const depth = (state as Partial<DialogState> | null)?.gicsPracticeDepth;
  return typeof depth === 'number' && depth > 0 ? depth : 0;
}

/** The open practice, the dialog's module, focus and history, for one library. */
export class PracticeDialog implements ReactiveController {
  /** The id of the practice open in the dialog. */
  openId?: string;
  /** The dialog's content, once its module has arrived. */
  module?: DetailView;
  /** What "copy link" said for the practice open. */
  copied?: { ok: boolean; url: string };
  private opener?: HTMLElement;
  /** History entries pushed since the dialog opened (read back from each entry's state). */
  private pushed = 0;

  /** @param follow Called when back or forward lands on an address: the practice it names, or none. */
  constructor(
    private readonly host: DialogHost,
    private readonly follow: (id: string | undefined) => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    window.addEventListener('popstate', this.popped);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.popped);
  }

  /**
   * Shows practice `id`; `opener` gets focus back on closing (by default what has it now);
   * `push` adds `#practice-<id>` to the history, so that back closes the dialog again.
   */
  async show(id: string, opener?: HTMLElement, push = false): Promise<void> {
    if (this.openId === undefined) {
      this.opener =
        opener ?? (this.host.shadowRoot?.activeElement as HTMLElement | null) ?? undefined;
    }
    if (push) {
      this.pushed += 1;
      const state: DialogState = { gicsPracticeDepth: this.pushed };
      history.pushState(state, '', `#practice-${encodeURIComponent(id)}`);
    }
    const module = (this.module ??= await loadDetail());
    adoptStyles(this.host.shadowRoot, module.detailStyles);
    const swapped = this.openId !== undefined && this.openId !== id;
    this.openId = id;
    this.copied = undefined;
    this.host.requestUpdate();
    await this.host.updateComplete;
    // The library may have left the page while the dialog's module was loading.
    const dialog = this.host.renderRoot.querySelector('dialog');
    if (!dialog?.isConnected) return;
    if (!dialog.open) dialog.showModal();
    else if (swapped) {
      // New content in the open dialog: the visitor starts reading it from its title.
      dialog.querySelector<HTMLElement>('#dialog-title')?.focus();
      dialog.scrollTop = 0;
    }
  }

  /** Closes the dialog (which then fires `close`). */
  close = (): void => {
    this.host.renderRoot.querySelector('dialog')?.close();
  };

  /** After the `<dialog>` closed: nothing is open, the address says so, and focus goes back. */
  closed = (): void => {
    // A `close` event queued before the dialog opened again (closed, then reopened at once).
    if (this.host.renderRoot.querySelector('dialog')?.open) return;
    const id = this.openId;
    this.openId = undefined;
    this.copied = undefined;
    this.host.requestUpdate();
    if (this.pushed > 0) {
      const steps = this.pushed;
      this.pushed = 0;
      history.go(-steps);
    } else if (id !== undefined && practiceIdFromHash(location.hash) === id) {
      history.replaceState(history.state, '', `${location.pathname}${location.search}`);
    }
    const back =
      this.opener?.isConnected === true
        ? this.opener
        : this.host.renderRoot.querySelector<HTMLElement>(`[data-open="${CSS.escape(id ?? '')}"]`);
    this.opener = undefined;
    back?.focus();
  };

  /** Back or forward: the entry tells how many of ours lie behind it. */
  private readonly popped = (event: PopStateEvent): void => {
    this.pushed = depthOf(event.state);
    this.follow(practiceIdFromHash(location.hash));
  };
}
