import type { LocalizedText } from '../summit/localized-text.js';

/** A subject a visitor can ask to hear about: one of the summit's themes. */
export interface NewsletterTopic {
  /** The theme id, sent in the signup's `interests`. */
  id: string;
  /** The theme's name, in one or both languages. */
  name: LocalizedText;
}

function isLocalizedText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return value.trim() !== '';
  if (typeof value !== 'object' || value === null) return false;
  const { fr, en } = value as { fr?: unknown; en?: unknown };
  return (
    (typeof fr === 'string' && fr.trim() !== '') || (typeof en === 'string' && en.trim() !== '')
  );
}

/**
 * Picks the themes out of a summit document (or a bare array of themes), leniently: a signup
 * form should not break because a workshop elsewhere in the file has a typo, so this reads
 * `themes` alone and skips any entry without an id and a name, and any repeated id.
 */
export function topicsFromSummit(data: unknown): NewsletterTopic[] {
  const themes: unknown = Array.isArray(data)
    ? data
    : typeof data === 'object' && data !== null
      ? (data as { themes?: unknown }).themes
      : undefined;
  if (!Array.isArray(themes)) return [];
  const seen = new Set<string>();
  const topics: NewsletterTopic[] = [];
  for (const theme of themes as unknown[]) {
    if (typeof theme !== 'object' || theme === null) continue;
    const { id, name } = theme as { id?: unknown; name?: unknown };
    if (typeof id !== 'string' || id === '' || seen.has(id) || !isLocalizedText(name)) continue;
    seen.add(id);
    topics.push({ id, name });
  }
  return topics;
}
