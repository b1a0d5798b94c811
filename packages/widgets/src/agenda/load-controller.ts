/**
 * The agenda's loading: the elements' `LoadController` (internal/load-controller.ts) keeping the
 * summit of a ready outcome, and able to show a newer summit in its place (a refresh) without a
 * loading status.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Summit } from '@gics/core/summit';
import { LoadController } from '../internal/load-controller.js';
import type { LoadOutcome } from './load.js';

/** Loads the agenda's summit, one load at a time, and says where it stands. */
export class SummitLoad extends LoadController<LoadOutcome, Summit> {
  constructor(host: ReactiveControllerHost) {
    super(host, (outcome) => outcome.summit);
  }

  /** The summit on show; `undefined` until one is ready, and after an error. */
  get summit(): Summit | undefined {
    return this.data;
  }

  /** Shows `summit` instead of the one on show (a refresh), without a loading status. */
  replace(summit: Summit): void {
    this.data = summit;
    this.host.requestUpdate();
  }
}
