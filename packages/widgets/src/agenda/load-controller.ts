/**
 * The agenda's loading as a reactive controller: one load at a time, each new one aborting the
 * one under way, and the status the agenda shows (`idle`, `loading`, `ready`, `error`).
 *
 *   run(read) → abort the load under way → `loading` (for a fetch) → read(signal)
 *     aborted, or overtaken by a newer run → nothing changes
 *     outcome → status, summit and error kind set → `settled(outcome)` in the same task, so
 *       the host's own state (filters, favourites…) joins the same update
 *
 * Not `@lit/task`: its general task machinery (arguments tracking, render helpers, pending
 * promises) does not fit in the agenda's CDN first-load budget, and the agenda needs only this.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Summit } from '@gics/core/summit';
import type { LoadOutcome } from './load.js';
import type { AgendaErrorKind } from './types.js';

/** Where a load stands. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Loads the agenda's summit, one load at a time, and says where it stands. */
export class SummitLoad implements ReactiveController {
  status: LoadStatus = 'idle';
  /** The summit on show; `undefined` until one is ready, and after an error. */
  summit?: Summit;
  /** Why the last load failed. */
  errorKind?: AgendaErrorKind;
  private request?: AbortController;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /**
   * Loads with `read`, aborting any load under way; without `read`, shows nothing (`idle`).
   * @param fetching Whether to show the loading status meanwhile (a fetch, not a given object).
   * @param settled Called with the outcome when this load is still the latest.
   */
  async run(
    read: ((signal: AbortSignal) => Promise<LoadOutcome>) | undefined,
    fetching: boolean,
    settled: (outcome: LoadOutcome) => void,
  ): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    if (!read || fetching) {
      this.status = read ? 'loading' : 'idle';
      this.host.requestUpdate();
    }
    if (!read) return;
    let outcome: LoadOutcome;
    try {
      outcome = await read(request.signal);
    } catch {
      return; // aborted: a newer load is under way, or the element left the page
    }
    if (this.request !== request) return;
    this.request = undefined;
    this.status = outcome.ok ? 'ready' : 'error';
    this.errorKind = outcome.ok ? undefined : outcome.kind;
    this.summit = outcome.ok ? outcome.summit : undefined;
    this.host.requestUpdate();
    settled(outcome);
  }

  /** Shows `summit` instead of the one on show (a refresh), without a loading status. */
  replace(summit: Summit): void {
    this.summit = summit;
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.request?.abort();
  }
}
