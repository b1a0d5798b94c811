/**
 * What `<gics-practice-form>` says once a submission was tried: field errors and faults. They
 * arrive with the submit module (`practice-form/submit.ts`), never in the first paint. The
 * `Record<…>` tables make the compiler refuse a language that misses an error or a fault: adding
 * an error code to the core breaks the build until both languages word it.
 */
import type { Language } from '@gics/core';
import type { PracticeSubmissionErrorCode } from '@gics/core/community';
import type { PracticeFaultKind } from '../practice-form/types.js';
import { practiceProblemsEn } from './practice-form-problems.en.js';
import { practiceProblemsFr } from './practice-form-problems.fr.js';

export interface PracticeProblemMessages {
  errors: Record<PracticeSubmissionErrorCode, string>;
  /** An error about one link, in the error summary: "Link 2: Enter the link’s address". */
  linkError: (position: number, message: string) => string;
  faults: Record<PracticeFaultKind, string>;
  /** Follows the `rate-limited` message; `wait` is set when the service said how long. */
  retryAfter: (wait: string | undefined) => string;
  /** Introduces the service's own explanation. */
  serviceSaid: string;
}

export const practiceProblemMessages = {
  fr: practiceProblemsFr,
  en: practiceProblemsEn,
} satisfies Record<Language, PracticeProblemMessages>;
