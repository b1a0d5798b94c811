/** The two languages every GICS Kit string exists in. */
export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/**
 * Text given either as one plain string (shown in every language) or per language.
 * At least one language must be present; the schema enforces that.
 */
export type LocalizedText = string | { fr?: string; en?: string };

/**
 * Picks the text for `lang`, falling back to the other language so a summit that was
 * only written in French still shows something to an English reader.
 */
export function localize(text: LocalizedText | undefined, lang: Language): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  const other: Language = lang === 'fr' ? 'en' : 'fr';
  return text[lang] || text[other] || '';
}
