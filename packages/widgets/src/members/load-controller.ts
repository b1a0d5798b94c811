/**
 * The directory's loading as a reactive controller: one load at a time, each new one aborting
 * the one under way, and the status the element shows (`idle`, `loading`, `ready`, `error`).
 *
 *   run(read) → abort the load under way → `loading` (for a fetch) → read(signal)
 *     aborted, or overtaken by a newer run → nothing changes
 *     outcome → status, data and error kind set → `settled(outcome)` in the same task
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { MembersData, MembersOutcome } from './load.js';
import type { MembersErrorKind } from './types.js';

/** Where a load stands. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export class MembersLoad implements ReactiveController {
  status: LoadStatus = 'idle';
  /** The directory on show; `undefined` until one is ready, and after an error. */
  data?: MembersData;
  /** Why the last load failed. */
  errorKind?: MembersErrorKind;
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
    read: ((signal: AbortSignal) => Promise<MembersOutcome>) | undefined,
    fetching: boolean,
    settled: (outcome: MembersOutcome) => void,
  ): Promise<void> {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    if (!read || fetching) {
      this.status = read ? 'loading' : 'idle';
      this.host.requestUpdate();
    }
    if (!read) return;
    let outcome: MembersOutcome;
    try {
      outcome = await read(request.signal);
    } catch {
      return; // aborted: a newer load is under way, or the element left the page
    }
    if (this.request !== request) return;
    this.request = undefined;
    this.status = outcome.ok ? 'ready' : 'error';
    this.errorKind = outcome.ok ? undefined : outcome.kind;
    this.data = outcome.ok
      ? { community: outcome.community, source: outcome.source, summit: outcome.summit }
      : undefined;
    this.host.requestUpdate();
    settled(outcome);
  }

  hostDisconnected(): void {
    this.request?.abort();
  }
}
