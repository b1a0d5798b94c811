/**
 * An element's loading as a reactive controller: one load at a time, each new one aborting the
 * one under way, and the status the element shows (`idle`, `loading`, `ready`, `error`). The
 * agenda, the practices library and the member directory each load their data through one.
 *
 *   run(read) → abort the load under way → `loading` (for a fetch) → read(signal)
 *     aborted, or overtaken by a newer run → nothing changes
 *     outcome → status, data and error kind set → `settled(outcome)` in the same task, so
 *       the host's own state (filters, favourites…) joins the same update
 *
 * Not `@lit/task`: its general task machinery (arguments tracking, render helpers, pending
 * promises) does not fit in the elements' CDN first-load budgets, and they need only this.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where a load stands. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a load ends with: something to show, or why there is nothing. */
export type LoadResult = { ok: true } | { ok: false; kind: string };

/** Why an outcome of type `Outcome` failed. */
export type FailureKind<Outcome extends LoadResult> = Extract<Outcome, { ok: false }>['kind'];

/** Loads an element's data, one load at a time, and says where it stands. */
export class LoadController<Outcome extends LoadResult, Data> implements ReactiveController {
  status: LoadStatus = 'idle';
  /** What the element shows; `undefined` until a load is ready, and after an error. */
  data?: Data;
  /** Why the last load failed. */
  errorKind?: FailureKind<Outcome>;
  private request?: AbortController;

  /** @param shown What the element keeps of a ready outcome. */
  constructor(
    protected readonly host: ReactiveControllerHost,
    private readonly shown: (outcome: Extract<Outcome, { ok: true }>) => Data,
  ) {
    host.addController(this);
  }

  /**
   * Loads with `read`, aborting any load under way; without `read`, shows nothing (`idle`).
   * @param fetching Whether to show the loading status meanwhile (a fetch, not a given object).
   * @param settled Called with the outcome when this load is still the latest.
   */
  async run(
    read: ((signal: AbortSignal) => Promise<Outcome>) | undefined,
    fetching: boolean,
    settled: (outcome: Outcome) => void,
  ): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    if (!read || fetching) {
      this.status = read ? 'loading' : 'idle';
      this.host.requestUpdate();
    }
    if (!read) return;
    let outcome: Outcome;
    try {
      outcome = await read(request.signal);
    } catch {
      return; // aborted: a newer load is under way, or the element left the page
    }
    if (this.request !== request) return;
    this.request = undefined;
    if (outcome.ok) {
      this.status = 'ready';
      this.errorKind = undefined;
      this.data = this.shown(outcome as Extract<Outcome, { ok: true }>);
    } else {
      this.status = 'error';
      this.errorKind = outcome.kind;
      this.data = undefined;
    }
    this.host.requestUpdate();
    settled(outcome);
  }

  /**
   * Shows `data` at once, as a load ready in this very update would (a pre-rendered element's
   * data, read from the page): aborts any load under way.
   */
  show(data: Data): void {
    this.request?.abort();
    this.request = undefined;
    this.status = 'ready';
    this.errorKind = undefined;
    this.data = data;
  }

  hostDisconnected(): void {
    this.request?.abort();
  }
}
