/**
 * The fields of the summit and of each record, in the schemas’ order, for `parseSummit`’s
 * reader (`reader.ts`). Generated from `summit.schema.ts` by `scripts/write-reader-fields.ts`:
 * edit the schemas, then run `npm run generate -w @gics/core`. Do not edit by hand; a test
 * fails while this file is not what the schemas generate.
 */
import {
  COUNTRY_PATTERN,
  DATE_PATTERN,
  DATE_TIME_PATTERN,
  DAY_CHANGE_PATTERN,
  HEX_COLOR_PATTERN,
  ID_PATTERN,
  MEMBER_KINDS,
  WORKSHOP_FORMATS,
  WORKSHOP_STATUSES,
  isSafeUrl,
} from './checks.js';
import {
  arrayOf,
  emptyList,
  field,
  matching,
  numberWithin,
  oneOf,
  optional,
  readBoolean,
  readLanguage,
  readNonEmptyString,
  readString,
  readText,
  record,
  stringThat,
  wholeNumber,
  withDefault,
} from './reader.js';
import { isValidTimeZone } from './time-zone.js';
import type { RecordCollection } from './messages.js';
import type { Field } from './reader.js';

const readId = stringThat(matching(ID_PATTERN), 'invalid_id');
const readCountryCode = stringThat(matching(COUNTRY_PATTERN), 'invalid_country');
const readCalendarDate = stringThat(matching(DATE_PATTERN), 'invalid_date', 'invalid_date');
const readSafeUrl = stringThat(isSafeUrl, 'invalid_url');
const readCapacity = wholeNumber(0, false, Number.MAX_SAFE_INTEGER);
const readIdList = arrayOf(readId);
const readDateTimeWithOffset = stringThat(
  matching(DATE_TIME_PATTERN),
  'invalid_datetime',
  'invalid_datetime',
);
const readLinkList = arrayOf(record([field('url', readSafeUrl), optional('title', readText)]));
const readStringList = arrayOf(readString);
const readLanguageList = arrayOf(readLanguage);

/** The fields of the summit itself and of each record, in the schemas’ order. */
export const FIELDS = {
  summit: [
    field('id', readId),
    field('name', readText),
    field('year', wholeNumber(2000, true, 2200)),
    optional('city', readString),
    optional('country', readCountryCode),
    field('timeZone', stringThat(isValidTimeZone, 'invalid_time_zone')),
    optional('dayChange', stringThat(matching(DAY_CHANGE_PATTERN), 'invalid_day_change')),
    field('startDate', readCalendarDate),
    field('endDate', readCalendarDate),
    optional('venue', readText),
    optional('url', readSafeUrl),
  ],
  rooms: [field('id', readId), field('name', readText), optional('capacity', readCapacity)],
  themes: [
    field('id', readId),
    field('name', readText),
    optional('description', readText),
    optional('color', stringThat(matching(HEX_COLOR_PATTERN), 'invalid_color')),
  ],
  workshops: [
    field('id', readId),
    field('title', readText),
    optional('subtitle', readText),
    optional('summary', readText),
    optional('description', readText),
    withDefault('themeIds', readIdList, emptyList),
    field('start', readDateTimeWithOffset),
    field('end', readDateTimeWithOffset),
    optional('roomId', readId),
    optional('room', readText),
    withDefault('format', oneOf(WORKSHOP_FORMATS), () => 'workshop'),
    optional('formatLabel', readText),
    optional('language', readLanguage),
    withDefault('speakerIds', readIdList, emptyList),
    optional('capacity', readCapacity),
    optional('url', readSafeUrl),
    withDefault('links', readLinkList, emptyList),
    withDefault('tags', readStringList, emptyList),
    optional('status', oneOf(WORKSHOP_STATUSES)),
  ],
  members: [
    field('id', readId),
    field('name', readNonEmptyString),
    optional('kind', oneOf(MEMBER_KINDS)),
    optional('organisation', readString),
    optional('country', readCountryCode),
    optional('city', readString),
    optional(
      'location',
      record([
        field('lat', numberWithin(-90, true, 90, true)),
        field('lon', numberWithin(-180, true, 180, true)),
      ]),
    ),
    optional('url', readSafeUrl),
    optional('bio', readText),
    withDefault('languages', readLanguageList, emptyList),
    withDefault('tags', readStringList, emptyList),
    optional('image', readSafeUrl),
    optional('listed', readBoolean),
    withDefault('links', readLinkList, emptyList),
  ],
  practices: [
    field('id', readId),
    field('title', readText),
    optional('summary', readText),
    optional('body', readText),
    withDefault('themeIds', readIdList, emptyList),
    withDefault('authorIds', readIdList, emptyList),
    withDefault('tags', readStringList, emptyList),
    optional('url', readSafeUrl),
    optional('date', readCalendarDate),
    optional('updated', readCalendarDate),
    withDefault('languages', readLanguageList, emptyList),
    withDefault('links', readLinkList, emptyList),
  ],
} satisfies Record<RecordCollection | 'summit', ReadonlyArray<Field>>;
