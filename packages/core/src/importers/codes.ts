/**
 * The importers' vocabularies: formats, note codes and problem codes. A module of their own,
 * re-exported with `export *`, so that naming them (or `detectFormat`) from the package's main
 * entry never makes a bundler reach the importers themselves: esbuild counts every module an
 * `import { x } from` line of a reached file names, used or not, when it splits chunks.
 */
/** The schedule formats GICS Kit can read, plus its own. */
export const SOURCE_FORMATS = ['gics', 'frab', 'pretalx', 'sessionize', 'unknown'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export const IMPORT_NOTE_CODES = [
  'entry_not_object',
  'missing_title',
  'missing_start',
  'start_from_wall_clock',
  'local_time_assumed',
  'nonexistent_local_time',
  'default_duration',
  'break_skipped',
  'unknown_format',
  'unmapped_language',
  'unknown_room',
  'unknown_track',
  'unnamed_track',
  'unknown_speaker',
  'unknown_category_item',
  'person_without_name',
  'person_key_reused',
  'person_name_ambiguous',
  'day_change_approximate',
  'relative_url_resolved',
  'relative_url_dropped',
  'unsafe_url_dropped',
  'extra_links_dropped',
  'id_rewritten',
  'duplicate_id',
  'invalid_color_replaced',
  'invalid_time_zone_ignored',
  'summit_identity_missing',
  'category_guessed',
  // Murmurations profiles (`fromMurmurations`)
  'profile_without_name',
  'deleted_profile_skipped',
  'schema_not_recognised',
  'fields_not_imported',
  'unknown_fields',
  'unmapped_country',
  'invalid_location',
  'url_scheme_assumed',
] as const;
export type ImportNoteCode = (typeof IMPORT_NOTE_CODES)[number];

export const IMPORT_PROBLEM_CODES = [
  'not_frab',
  'not_pretalx',
  'not_sessionize',
  'missing_time_zone',
  'invalid_time_zone',
  'missing_dates',
  'no_workshops',
  'dates_out_of_range',
  'import_failed',
  'not_murmurations',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];
