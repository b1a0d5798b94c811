import type { PracticeSubmission } from '@gics/core/community';
import type { PracticeProvider } from '../practice-form/types.js';

export interface GicsPracticeSubmittedDetail {
  /** What was sent, with the consent record to keep with it. */
  submission: PracticeSubmission;
  /** `json` when the form sent it, `undefined` when the host did. */
  provider: PracticeProvider | undefined;
  /** The service's answer as received. */
  response?: unknown;
}

/** Fired by `<gics-practice-form>` when the service received a submission (it awaits review). */
export class GicsPracticeSubmittedEvent extends CustomEvent<GicsPracticeSubmittedDetail> {
  constructor(detail: GicsPracticeSubmittedDetail) {
    super('gics-practice-submitted', { bubbles: true, composed: true, detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'gics-practice-submitted': GicsPracticeSubmittedEvent;
  }
}
