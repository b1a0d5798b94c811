/**
 * The newsletter signup's words. Both languages implement `NewsletterMessages`, and the
 * `Record<…>` tables below make the compiler refuse a language that misses a field error,
 * a fault or a success message: adding a fault kind breaks the build until both are written.
 */
import type { Language, SignupErrorCode } from '@gics/core/newsletter';
import type { FaultKind } from '../newsletter/providers/types.js';
import { newsletterEn } from './newsletter.en.js';
import { newsletterFr } from './newsletter.fr.js';

export type SuccessKind = 'subscribed' | 'confirm' | 'already';

export interface NewsletterMessages {
  emailLabel: string;
  emailHint: string;
  nameLabel: string;
  /** Appended to the label of an optional field. */
  optional: string;
  interestsLegend: string;
  languageLegend: string;
  consentLabel: string;
  /** The CASL statement: purpose, who is asking, how to reach them, unsubscribe at any time. */
  consentStatement: (sender: string, contact: string) => string;
  privacy: string;
  newTab: string;
  submit: string;
  sending: string;
  /** Title of the error summary (GOV.UK: "There is a problem"). */
  summaryTitle: string;
  /** Visually hidden prefix of an inline field error. */
  errorPrefix: string;
  errors: Record<SignupErrorCode, string>;
  success: Record<SuccessKind, string>;
  faults: Record<FaultKind, string>;
  /** Follows the `rate-limited` message; `wait` is set when the service said how long. */
  retryAfter: (wait: string | undefined) => string;
  /** Introduces the service's own explanation. */
  serviceSaid: string;
  retry: string;
  /** Label of the honeypot field, which only bots see. */
  honeypot: string;
}

export const newsletterMessages = { fr: newsletterFr, en: newsletterEn } satisfies Record<
  Language,
  NewsletterMessages
>;
