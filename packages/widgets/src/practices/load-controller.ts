/**
 * The library's loading as a reactive controller, as the agenda's `SummitLoad`: one load at a
 * time, each new one aborting the one under way, and the status the library shows (`idle`,
 * `loading`, `ready`, `error`).
 *
 *   run(read) → abort the load under way → `loading` (for a fetch) → read(signal)
 *     aborted, or overtaken by a newer run → nothing changes
 *     outcome → status, community and error kind set → `settled(outcome)` in the same task
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Community } from '@gics/core/community';
import type { LoadStatus } from '../agenda/load-controller.js';
import type { LoadOutcome } from './load.js';
import type { PracticesErrorKind, PracticesSourceKind } from './types.js';

export type { LoadStatus };

/** Loads the library's community, one load at a time, and says where it stands. */
export class CommunityLoad implements ReactiveController {
  status: LoadStatus = 'idle';
  /** The community on show; `undefined` until one is ready, and after an error. */
  community?: Community;
  /** What the data was. */
  source?: PracticesSourceKind;
  /** Why the last load failed. */
  errorKind?: PracticesErrorKind;
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
    this.community = outcome.ok ? outcome.community : undefined;
    this.source = outcome.ok ? outcome.source : undefined;
    this.host.requestUpdate();
    settled(outcome);
  }

  hostDisconnected(): void {
    this.request?.abort();
  }
}
