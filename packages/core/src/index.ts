export { LANGUAGES, localize } from './summit/localized-text.js';
export type { Language, LocalizedText } from './summit/localized-text.js';
