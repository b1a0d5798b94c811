export { fromFrab } from './frab.js';
export { fromPretalx } from './pretalx.js';
export { fromSessionize } from './sessionize.js';
export { detectFormat } from './detect.js';
export { IMPORT_NOTE_CODES, IMPORT_PROBLEM_CODES, SOURCE_FORMATS } from './import-report.js';
export type {
  ImportNote,
  ImportNoteCode,
  ImportOptions,
  ImportProblemCode,
  ImportResult,
  SessionizeOptions,
  SourceFormat,
} from './import-report.js';
