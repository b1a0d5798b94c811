/**
 * A practice shared by a visitor, from the form to the community file, as pure functions with no
 * zod: the same check runs in the browser (`<gics-practice-form>`) and on the server that
 * receives the submission, so the two can never disagree.
 *
 * The flow, owned by this file:
 *   form values (`PracticeSubmissionForm`, strings as typed)
 *     → `validatePracticeSubmission` (trims, checks, every problem as a field + code)
 *     → `PracticeSubmissionFields` + a consent record (`createConsentRecord` of the newsletter)
 *     → `PracticeSubmission`, what the form posts
 *   a received JSON body
 *     → `checkPracticeSubmission` (the same rules, plus the shapes a browser cannot get wrong)
 *     → stored as *submitted*; a moderator approves it
 *     → `practiceFromSubmission`: the public `Practice` and its author `Member`, without the
 *       contact address and the consent record, which are never published.
 */
import { emailErrorCode, isLanguage } from '../newsletter/signup.js';
import type { ConsentRecord } from '../newsletter/signup.schema.js';
import {
  canonicalLanguage,
  COUNTRY_PATTERN,
  DATE_TIME_PATTERN,
  ID_PATTERN,
  MEMBER_KINDS,
  type MemberKind,
} from '../summit/checks.js';
import type { Language } from '../summit/localized-text.js';
import type { Member, Practice } from '../summit/summit.schema.js';
import { parseWebUrl } from '../summit/web-url.js';

/** The fields of a submission, in the order the form shows them (and its error summary lists them). */
export const PRACTICE_SUBMISSION_FIELDS = [
  'language',
  'title',
  'summary',
  'body',
  'themes',
  'languages',
  'links',
  'authorName',
  'organisation',
  'kind',
  'country',
  'contactEmail',
  'consent',
] as const;
export type PracticeSubmissionField = (typeof PRACTICE_SUBMISSION_FIELDS)[number];

/** Why a field was refused. Codes, not sentences: each language has its own wording. */
export const PRACTICE_SUBMISSION_ERROR_CODES = [
  'language_invalid',
  'title_missing',
  'title_too_long',
  'summary_missing',
  'summary_too_long',
  'body_missing',
  'body_too_long',
  'theme_missing',
  'theme_unknown',
  'languages_invalid',
  'link_url_missing',
  'link_url_invalid',
  'link_title_too_long',
  'links_too_many',
  'author_name_missing',
  'author_name_too_long',
  'organisation_too_long',
  'organisation_invalid',
  'kind_invalid',
  'country_invalid',
  'email_missing',
  'email_invalid',
  'email_too_long',
  'consent_missing',
] as const;
export type PracticeSubmissionErrorCode = (typeof PRACTICE_SUBMISSION_ERROR_CODES)[number];

/** One refused field; `index` says which link, for `links`. */
export interface PracticeSubmissionError {
  field: PracticeSubmissionField;
  code: PracticeSubmissionErrorCode;
  /** The link's position (from 0), for the codes about one link. */
  index?: number;
}

/** The longest each text may be, in characters: room for any real practice, not for a dump. */
export const PRACTICE_SUBMISSION_LIMITS = {
  title: 200,
  summary: 600,
  body: 20_000,
  linkTitle: 200,
  linkUrl: 2_000,
  links: 10,
  authorName: 200,
  organisation: 200,
} as const;

/** A link as the form gives it: the address and, optionally, what it is. */
export interface PracticeSubmissionLink {
  url: string;
  title?: string;
}

/** The author as they describe themselves; all of it is published. */
export interface PracticeSubmissionAuthor {
  name: string;
  organisation?: string;
  kind?: MemberKind;
  /** ISO 3166-1 alpha-2, in capitals. */
  country?: string;
}

/** The form as a person filled it in: raw strings, checkbox states. */
export interface PracticeSubmissionForm {
  /** The language the texts are written in, `fr` or `en`. */
  language: string;
  title: string;
  summary: string;
  /** The practice in full, with the safe Markdown subset. */
  body: string;
  /** Ids of the themes chosen. */
  themes?: readonly string[];
  /** Languages (BCP 47 tags) the practice is available in. */
  languages?: readonly string[];
  /** The link rows; rows left empty are ignored. */
  links?: readonly PracticeSubmissionLink[];
  authorName: string;
  organisation?: string;
  kind?: string;
  country?: string;
  /** Where the moderator can reach the author. Never published. */
  contactEmail: string;
  consent: boolean;
}

/** What a valid form gives: trimmed, canonical, empty values left out. */
export interface PracticeSubmissionFields {
  /** The language `title`, `summary`, `body` and the link titles are written in. */
  language: Language;
  title: string;
  summary: string;
  body: string;
  /** Ids of the themes chosen, in the order offered when the form offered a list. */
  themeIds: string[];
  /** BCP 47 tags in canonical case; the writing language when none was chosen. */
  languages: string[];
  links: PracticeSubmissionLink[];
  author: PracticeSubmissionAuthor;
  /** Never published: only the moderator reads it. */
  contactEmail: string;
}

/** What `<gics-practice-form>` posts and a receiving server checks with `checkPracticeSubmission`. */
export interface PracticeSubmission extends PracticeSubmissionFields {
  /** The consent to publication, as the visitor saw and gave it. */
  consent: ConsentRecord;
}

export interface ValidatePracticeSubmissionOptions {
  /**
   * The theme ids the form offered: a chosen id outside them is refused, and when the list is
   * not empty, at least one must be chosen. Omitted: any id-shaped value is accepted.
   */
  themes?: readonly string[];
}

export type PracticeSubmissionValidation =
  { ok: true; fields: PracticeSubmissionFields } | { ok: false; errors: PracticeSubmissionError[] };

type Errors = PracticeSubmissionError[];

/** A required text: trimmed, present, not too long. */
function required(
  value: string,
  field: PracticeSubmissionField,
  max: number,
  codes: [PracticeSubmissionErrorCode, PracticeSubmissionErrorCode],
  errors: Errors,
): string {
  const text = value.trim();
  if (text === '') errors.push({ field, code: codes[0] });
  else if (text.length > max) errors.push({ field, code: codes[1] });
  return text;
}

function readThemes(
  chosen: readonly string[],
  offered: readonly string[] | undefined,
  errors: Errors,
): string[] {
  const ids = new Set(chosen.map((id) => id.trim()).filter(Boolean));
  if (offered === undefined) {
    if ([...ids].some((id) => !ID_PATTERN.test(id))) {
      errors.push({ field: 'themes', code: 'theme_unknown' });
    }
    return [...ids];
  }
  if ([...ids].some((id) => !offered.includes(id))) {
    errors.push({ field: 'themes', code: 'theme_unknown' });
  } else if (offered.length > 0 && ids.size === 0) {
    errors.push({ field: 'themes', code: 'theme_missing' });
  }
  return offered.filter((id) => ids.has(id));
}

function readLanguages(chosen: readonly string[], writtenIn: string, errors: Errors): string[] {
  const tags: string[] = [];
  for (const value of chosen) {
    const tag = canonicalLanguage(value.trim());
    if (tag === undefined) {
      errors.push({ field: 'languages', code: 'languages_invalid' });
      return [];
    }
    if (!tags.includes(tag)) tags.push(tag);
  }
  return tags.length > 0 ? tags : isLanguage(writtenIn) ? [writtenIn] : [];
}

function readLinks(
  rows: readonly PracticeSubmissionLink[],
  errors: Errors,
): PracticeSubmissionLink[] {
  const links: PracticeSubmissionLink[] = [];
  rows.forEach((row, index) => {
    const url = row.url.trim();
    const title = (row.title ?? '').trim();
    if (url === '' && title === '') return;
    if (url === '') errors.push({ field: 'links', code: 'link_url_missing', index });
    else if (url.length > PRACTICE_SUBMISSION_LIMITS.linkUrl || !parseWebUrl(url)) {
      errors.push({ field: 'links', code: 'link_url_invalid', index });
    }
    if (title.length > PRACTICE_SUBMISSION_LIMITS.linkTitle) {
      errors.push({ field: 'links', code: 'link_title_too_long', index });
    }
    links.push(title ? { url, title } : { url });
  });
  if (links.length > PRACTICE_SUBMISSION_LIMITS.links) {
    errors.push({ field: 'links', code: 'links_too_many' });
  }
  return links;
}

/**
 * Checks a practice form as a person filled it in and gives every problem, in form order, as a
 * field and a code. Valid: the trimmed, canonical fields, ready for a consent record.
 */
export function validatePracticeSubmission(
  form: PracticeSubmissionForm,
  options: ValidatePracticeSubmissionOptions = {},
): PracticeSubmissionValidation {
  const errors: Errors = [];
  const limits = PRACTICE_SUBMISSION_LIMITS;
  if (!isLanguage(form.language)) errors.push({ field: 'language', code: 'language_invalid' });
  const title = required(
    form.title,
    'title',
    limits.title,
    ['title_missing', 'title_too_long'],
    errors,
  );
  const summary = required(
    form.summary,
    'summary',
    limits.summary,
    ['summary_missing', 'summary_too_long'],
    errors,
  );
  // The body keeps its inner line breaks: they are the Markdown's paragraphs and lists.
  const body = required(form.body, 'body', limits.body, ['body_missing', 'body_too_long'], errors);
  const themeIds = readThemes(form.themes ?? [], options.themes, errors);
  const languages = readLanguages(form.languages ?? [], form.language, errors);
  const links = readLinks(form.links ?? [], errors);

  const name = required(
    form.authorName,
    'authorName',
    limits.authorName,
    ['author_name_missing', 'author_name_too_long'],
    errors,
  );
  const organisation = (form.organisation ?? '').trim();
  if (organisation.length > limits.organisation) {
    errors.push({ field: 'organisation', code: 'organisation_too_long' });
  }
  const kind = (form.kind ?? '').trim();
  if (kind !== '' && !(MEMBER_KINDS as readonly string[]).includes(kind)) {
    errors.push({ field: 'kind', code: 'kind_invalid' });
  }
  const country = (form.country ?? '').trim().toUpperCase();
  if (country !== '' && !COUNTRY_PATTERN.test(country)) {
    errors.push({ field: 'country', code: 'country_invalid' });
  }

  const email = form.contactEmail.trim();
  const emailError = emailErrorCode(email);
  if (emailError !== undefined) errors.push({ field: 'contactEmail', code: emailError });

  if (!form.consent) errors.push({ field: 'consent', code: 'consent_missing' });

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      language: form.language as Language,
      title,
      summary,
      body,
      themeIds,
      languages,
      links,
      author: {
        name,
        ...(organisation ? { organisation } : {}),
        ...(kind ? { kind: kind as MemberKind } : {}),
        ...(country ? { country } : {}),
      },
      contactEmail: email,
    },
  };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string as is; anything else as blank, which each required field refuses. */
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Whether `value` is a consent record: the statement shown, its language, when, where. */
export function isConsentRecord(value: unknown): value is ConsentRecord {
  return (
    isRecord(value) &&
    typeof value.statement === 'string' &&
    value.statement.trim() !== '' &&
    typeof value.language === 'string' &&
    isLanguage(value.language) &&
    typeof value.timestamp === 'string' &&
    DATE_TIME_PATTERN.test(value.timestamp) &&
    typeof value.pageUrl === 'string' &&
    value.pageUrl !== ''
  );
}

export type PracticeSubmissionCheck =
  { ok: true; submission: PracticeSubmission } | { ok: false; errors: PracticeSubmissionError[] };

/**
 * Checks a received body (parsed JSON, untrusted) against the submission rules: the rules of
 * `validatePracticeSubmission`, a wrong type counting as the field's own problem (a title that is
 * a number is a missing title), and the consent record's shape. Never throws.
 */
export function checkPracticeSubmission(
  body: unknown,
  options: ValidatePracticeSubmissionOptions = {},
): PracticeSubmissionCheck {
  const input = isRecord(body) ? body : {};
  const author = isRecord(input.author) ? input.author : {};
  const errors: Errors = [];
  const strings = (
    value: unknown,
    field: PracticeSubmissionField,
    code: PracticeSubmissionErrorCode,
  ) => {
    if (value === undefined) return [];
    if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
      return value as string[];
    errors.push({ field, code });
    return [];
  };
  const themes = strings(input.themeIds, 'themes', 'theme_unknown');
  const languages = strings(input.languages, 'languages', 'languages_invalid');
  const links: PracticeSubmissionLink[] = [];
  if (Array.isArray(input.links)) {
    input.links.forEach((link: unknown, index) => {
      if (
        isRecord(link) &&
        typeof link.url === 'string' &&
        typeof (link.title ?? '') === 'string'
      ) {
        links.push({
          url: link.url,
          ...(link.title === undefined ? {} : { title: text(link.title) }),
        });
      } else {
        // Kept in place as an empty row, so the indexes of the problems match the body's.
        links.push({ url: '' });
        errors.push({ field: 'links', code: 'link_url_invalid', index });
      }
    });
  } else if (input.links !== undefined) {
    errors.push({ field: 'links', code: 'link_url_invalid' });
  }
  /** An optional text of the author's: absent and blank are the same; another type is refused. */
  const optional = (
    field: 'organisation' | 'kind' | 'country',
    code: PracticeSubmissionErrorCode,
  ): string => {
    const value = author[field];
    if (value === undefined || typeof value === 'string') return value ?? '';
    errors.push({ field, code });
    return '';
  };

  const result = validatePracticeSubmission(
    {
      language: text(input.language),
      title: text(input.title),
      summary: text(input.summary),
      body: text(input.body),
      themes,
      languages,
      links,
      authorName: text(author.name),
      organisation: optional('organisation', 'organisation_invalid'),
      kind: optional('kind', 'kind_invalid'),
      country: optional('country', 'country_invalid'),
      contactEmail: text(input.contactEmail),
      consent: isConsentRecord(input.consent),
    },
    options,
  );
  const all = result.ok ? errors : [...result.errors, ...errors];
  if (all.length > 0) {
    const order = (error: PracticeSubmissionError) =>
      PRACTICE_SUBMISSION_FIELDS.indexOf(error.field);
    const seen = new Set<string>();
    // One problem per field (per link), the first found: the rules' own before the shapes'.
    const unique = all
      .sort((a, b) => order(a) - order(b))
      .filter((error) => {
        const key = `${error.field}:${error.index ?? ''}`;
        return !seen.has(key) && Boolean(seen.add(key));
      });
    return { ok: false, errors: unique };
  }
  if (!result.ok) return result; // unreachable: `all` holds its errors
  return { ok: true, submission: { ...result.fields, consent: input.consent as ConsentRecord } };
}

/** Where a published submission goes in the community: its ids and its date. */
export interface PublishOptions {
  /** The practice's id in the community file. */
  id: string;
  /** The author's member id. */
  authorId: string;
  /** The day it was approved (`YYYY-MM-DD`): the practice's `date`. */
  date: string;
}

/**
 * What a submission becomes once a moderator approves it: a `Practice` with its texts in the
 * language they were written in, and its author as a `Member`. The contact address and the
 * consent record stay with the moderator; nothing else of the submission is left out. An
 * author who is a person (`individual`) is not listed in member directories (see
 * `isListedMember`): sharing a practice is not joining a directory.
 */
export function practiceFromSubmission(
  submission: PracticeSubmissionFields,
  options: PublishOptions,
): { practice: Practice; author: Member } {
  const lang = submission.language;
  const inLanguage = (value: string) => ({ [lang]: value }) as { fr?: string; en?: string };
  const { author } = submission;
  return {
    practice: {
      id: options.id,
      title: inLanguage(submission.title),
      summary: inLanguage(submission.summary),
      body: inLanguage(submission.body),
      themeIds: [...submission.themeIds],
      authorIds: [options.authorId],
      tags: [],
      date: options.date,
      languages: [...submission.languages],
      links: submission.links.map((link) =>
        link.title ? { url: link.url, title: inLanguage(link.title) } : { url: link.url },
      ),
    },
    author: {
      id: options.authorId,
      name: author.name,
      ...(author.kind ? { kind: author.kind } : {}),
      ...(author.organisation ? { organisation: author.organisation } : {}),
      ...(author.country ? { country: author.country } : {}),
      languages: [],
      tags: [],
      links: [],
    },
  };
}
