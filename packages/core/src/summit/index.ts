export { parseSummitUnworded } from './summit.js';
export { parseSummit, wordProblems } from './worded.js';
export type { ParseMode, ParseSummitOptions, ParseSummitResult } from './summit.js';
export { createProblem, formatPath } from './problem.js';
export type { Problem } from './problem.js';
export { PROBLEM_CODES } from './messages.js';
export type { ProblemCode } from './messages.js';
export {
  CalendarDate,
  canonicalLanguage,
  CountryCode,
  DateTimeWithOffset,
  GeoPoint,
  HexColor,
  Id,
  LanguageTag,
  Link,
  Member,
  MEMBER_KINDS,
  Practice,
  Room,
  SafeUrl,
  Summit,
  Theme,
  TimeOfDay,
  TimeZone,
  Workshop,
  WORKSHOP_FORMATS,
  WORKSHOP_LANGUAGES,
  WORKSHOP_STATUSES,
} from './summit.schema.js';
export type {
  MemberKind,
  SummitInput,
  WorkshopFormat,
  WorkshopInput,
  WorkshopLanguage,
  WorkshopStatus,
} from './summit.schema.js';
export { LANGUAGES, localize } from './localized-text.js';
export type { Language, LocalizedText } from './localized-text.js';
export { isValidTimeZone } from './time-zone.js';
export { isSafeUrl } from './checks.js';
export { isWebUrl, parseWebUrl } from './web-url.js';
// Telling a GICS summit from the schedule formats the importers read needs none of the
// importers, so a page can decide whether to load them (`@gics/core/importers`) at all.
export { detectFormat } from '../importers/detect.js';
export type { SourceFormat } from '../importers/codes.js';
