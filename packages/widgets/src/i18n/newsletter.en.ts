import type { NewsletterMessages } from './newsletter.js';

export const newsletterEn = {
  emailLabel: 'Email address',
  emailHint: 'We only use it to send you the newsletter.',
  nameLabel: 'Name',
  optional: '(optional)',
  interestsLegend: 'Topics you are interested in (optional)',
  languageLegend: 'Newsletter language',
  consentLabel: 'Yes, I agree to receive the newsletter by email.',
  consentStatement: (sender, contact) =>
    `${sender} will send you its newsletter about the summit and the co-operative movement.` +
    (contact ? ` Contact: ${contact}.` : '') +
    ' You can unsubscribe at any time with the link in every email.',
  privacy: 'Privacy policy',
  newTab: '(opens in a new tab)',
  submit: 'Subscribe',
  sending: 'Sending your subscription…',
  summaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  errors: {
    email_missing: 'Enter your email address',
    email_invalid: 'Enter an email address in the correct format, like name@example.com',
    email_too_long: 'Email address must be 254 characters or fewer',
    name_missing: 'Enter your name',
    name_too_long: 'Name must be 200 characters or fewer',
    interest_unknown: 'Choose topics from the list',
    language_invalid: 'Choose French or English',
    consent_missing: 'Select the box to agree to receive the newsletter',
  },
  success: {
    subscribed: 'Thank you! You are subscribed to the newsletter.',
    confirm:
      'Almost done: check your inbox and select the link in our email to confirm your subscription.',
    already: 'This address is already subscribed. Thank you for staying in touch!',
  },
  faults: {
    timeout:
      'The newsletter service took too long to answer. Try again in a moment. If a confirmation email arrives, you do not need to.',
    offline: 'You seem to be offline. Check your internet connection, then try again.',
    network:
      'We could not reach the newsletter service. Check your connection, then try again in a moment.',
    cors: 'The newsletter service refused the request from this website. Try again later, or contact us.',
    server: 'The newsletter service is having a problem. Try again in a few minutes.',
    'rate-limited': 'There have been too many attempts in a short time.',
    'invalid-response':
      'The newsletter service sent an answer we did not understand. Try again later.',
    script:
      'The newsletter service could not be loaded. A content blocker or your connection may be the cause. Try again.',
    rejected: 'The newsletter service refused the subscription.',
    invalid: 'The newsletter service refused some of the details.',
  },
  retryAfter: (wait) => `Try again in ${wait ?? 'a few minutes'}.`,
  serviceSaid: 'The service said:',
  retry: 'Try again',
  honeypot: 'Leave this field empty',
} satisfies NewsletterMessages;
