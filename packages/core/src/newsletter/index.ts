/**
 * `@gics/core/newsletter`: what the newsletter signup widget needs from the core, without zod.
 * The zod/mini schemas of the same types (`Signup`, `ConsentRecord`) are for receiving servers;
 * see `signup.schema.ts`.
 */
export {
  EMAIL_MAX_LENGTH,
  NAME_FIELD_MODES,
  NAME_MAX_LENGTH,
  SIGNUP_ERROR_CODES,
  SIGNUP_FIELDS,
  createConsentRecord,
  isEmailAddress,
  isLanguage,
  validateSignup,
} from './signup.js';
export type {
  ConsentContext,
  NameFieldMode,
  SignupError,
  SignupErrorCode,
  SignupField,
  SignupFields,
  SignupForm,
  SignupValidation,
  ValidateSignupOptions,
} from './signup.js';
export type { ConsentRecord, Signup } from './signup.schema.js';
export { topicsFromSummit } from './topics.js';
export type { NewsletterTopic } from './topics.js';
export { LANGUAGES, localize } from '../summit/localized-text.js';
export type { Language, LocalizedText } from '../summit/localized-text.js';
