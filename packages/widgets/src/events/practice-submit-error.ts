import type { PracticeSubmission } from '@gics/core/community';
import type { PracticeProvider, PracticeSubmitFailure } from '../practice-form/types.js';

export interface GicsPracticeSubmitErrorDetail extends PracticeSubmitFailure {
  /** What the visitor tried to send (still in the form; "Try again" resends it). */
  submission: PracticeSubmission;
  /** `json` when the form sent it, `undefined` when the host did. */
  provider: PracticeProvider | undefined;
}

/**
 * Fired by `<gics-practice-form>` when a submission did not go through; `detail.kind` says why
 * (`timeout`, `offline`, `network`, `cors`, `server`, `rate-limited`, `invalid-response`,
 * `rejected`, `invalid`). Not fired for the form's own validation errors.
 */
export class GicsPracticeSubmitErrorEvent extends CustomEvent<GicsPracticeSubmitErrorDetail> {
  constructor(detail: GicsPracticeSubmitErrorDetail) {
    super('gics-practice-submit-error', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-practice-submit-error': GicsPracticeSubmitErrorEvent;
  }
}
