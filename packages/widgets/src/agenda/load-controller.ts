/**
 * The agenda's loading: the elements' `LoadController` (internal/load-controller.ts) keeping the
 * summit of a ready outcome, able to show a newer summit in its place (a refresh) without a
 * loading status, and a large feed's preview while the whole is read (preview.ts): the preview
 * shows as a ready summit that `isPreview` tells apart, until its load settles or aborts.
 */
import type { ReactiveControllerHost } from 'lit';
import type { Summit } from '@gics/core/summit';
import { LoadController } from '../internal/load-controller.js';
import type { LoadOutcome } from './load.js';

/** The previews shown while their whole summit is read (preview.ts adds them). */
export const previews = new WeakSet<Summit>();

/** Whether `summit` is a feed's preview: its earliest workshops, the rest still being read. */
export function isPreview(summit: Summit): boolean {
  return previews.has(summit);
}

/** Loads the agenda's summit, one load at a time, and says where it stands. */
export class SummitLoad extends LoadController<LoadOutcome, Summit> {
  constructor(host: ReactiveControllerHost) {
    super(host, (outcome) => outcome.summit);
  }

  /** The summit on show; `undefined` until one is ready, and after an error. */
  get summit(): Summit | undefined {
    return this.data;
  }

  /** The summit on show once loaded whole; `undefined` during a preview. */
  get loaded(): Summit | undefined {
    const summit = this.data;
    return summit && !previews.has(summit) ? summit : undefined;
  }

  /** Shows `summit` instead of the one on show (a refresh), without a loading status. */
  replace(summit: Summit): void {
    this.data = summit;
    this.host.requestUpdate();
  }
}
