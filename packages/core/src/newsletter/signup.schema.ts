/**
 * The newsletter signup payload as zod/mini schemas, for whoever *receives* a signup: a host's
 * own endpoint, a serverless function, the widgets' test server. Each schema shares its name
 * with its inferred type; the checks delegate to the pure predicates in `signup.ts`.
 *
 * The widget itself validates with `validateSignup` and never loads zod, which would weigh on
 * every page that shows the form.
 */
import * as z from 'zod/mini';
import { LANGUAGES } from '../summit/localized-text.js';
import { Id } from '../summit/summit.schema.js';
import { EMAIL_MAX_LENGTH, NAME_MAX_LENGTH, isEmailAddress } from './signup.js';

z.config({ jitless: true });

/** Proof of consent as CASL and the GDPR expect a sender to keep it. */
export const ConsentRecord = z.object({
  /** The consent text exactly as the visitor saw it: checkbox label and statement. */
  statement: z.string().check(z.trim(), z.minLength(1, 'empty_text')),
  /** The language the statement was shown in. */
  language: z.enum(LANGUAGES),
  /** When the visitor agreed, ISO 8601 in UTC (`2024-03-01T14:05:00.000Z`). */
  timestamp: z.iso.datetime({ message: 'invalid_datetime' }),
  /** The page the form was on, without query or fragment. */
  pageUrl: z.string().check(z.minLength(1, 'invalid_url')),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

/** What the `json` provider posts, and what any receiving endpoint can check with this schema. */
export const Signup = z.object({
  /** The subscriber's address, trimmed. */
  email: z
    .string()
    .check(
      z.maxLength(EMAIL_MAX_LENGTH, 'email_too_long'),
      z.refine(isEmailAddress, { message: 'email_invalid' }),
    ),
  /** The subscriber's name, when the form asked for it and it was given. */
  name: z.optional(
    z.string().check(z.minLength(1, 'name_missing'), z.maxLength(NAME_MAX_LENGTH, 'name_too_long')),
  ),
  /** The language the subscriber wants the newsletter in. */
  language: z.enum(LANGUAGES),
  /** Ids of the summit themes the subscriber chose; empty when none. Never pre-selected. */
  interests: z.array(Id),
  /** Proof of consent. A signup without it is not a signup. */
  consent: ConsentRecord,
});
export type Signup = z.infer<typeof Signup>;
