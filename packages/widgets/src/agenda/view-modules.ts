/**
 * The grid and my agenda for one agenda: each view's module is asked for the first time the
 * view is wanted, and once it has arrived the agenda renders again with it. Modules that
 * arrived for another agenda of the page are used at once, in the same update.
 */
import type { ReactiveControllerHost } from 'lit';
import { adoptStyles } from '../internal/on-demand.js';
import { loadView } from './modules.js';
import type { AgendaViews } from './view-model.js';

/** The views that arrived on this page, for every agenda on it. */
const arrived: { -readonly [view in keyof AgendaViews]: AgendaViews[view] } = {};

type ViewsHost = ReactiveControllerHost & { readonly shadowRoot: ShadowRoot | null };

/**
 * Fetches `view`'s module for every agenda of the page, and resolves once it is there (or failed
 * to arrive): for an update that needs the view at once, such as a pre-rendered grid's first,
 * which draws what the server drew, and the server's render itself.
 */
export async function viewArrival(view: keyof AgendaViews): Promise<void> {
  if (arrived[view]) return;
  try {
    (arrived as Record<string, unknown>)[view] = await loadView[view]();
  } catch {
    // Asked for again the next time the view is wanted.
  }
}

export class ViewModules {
  /** The views this agenda can render. */
  views: AgendaViews = {};
  private readonly arriving = new Map<keyof AgendaViews, Promise<unknown>>();

  constructor(private readonly host: ViewsHost) {}

  /** Makes `view` available: at once when its module is on the page, else when it arrives. */
  want(view: keyof AgendaViews): void {
    if (this.views[view]) return;
    if (arrived[view]) {
      this.use(view);
      return;
    }
    if (this.arriving.has(view)) return;
    const arriving = loadView[view]()
      .then((module) => {
        (arrived as Record<string, unknown>)[view] = module;
        this.use(view);
        this.host.requestUpdate();
      })
      // Asked for again the next time the view is wanted.
      .catch(() => undefined)
      .finally(() => this.arriving.delete(view));
    this.arriving.set(view, arriving);
  }

  /** Resolves once the modules on their way have arrived (or failed to). */
  async settled(): Promise<boolean> {
    if (this.arriving.size === 0) return false;
    await Promise.all(this.arriving.values());
    return true;
  }

  private use(view: keyof AgendaViews): void {
    const module = arrived[view];
    if (module && 'gridStyles' in module) adoptStyles(this.host.shadowRoot, module.gridStyles);
    this.views = { ...this.views, [view]: module };
  }
}
