/**
 * A pretalx event's own language, which serves readers of a language a name or text is not
 * given in. The importer and the preview (preview.ts) read it from the same whole document, so a
 * preview's names fall back exactly as the whole programme's do.
 */
import { field, isRecord, list, text, textField, type SourceRecord } from './source-values.js';

/**
 * The event's language: the first of its `content_locales`, or, in feeds from pretalx versions
 * that do not list them, the language most of its talks are given in (the first met of those
 * given most).
 */
export function eventLanguage(json: SourceRecord): string | undefined {
  const listed = list(field(json, 'content_locales')).map(text).find(Boolean);
  if (listed !== undefined) return listed;
  const counts = new Map<string, number>();
  for (const talk of list(field(json, 'talks'))) {
    const locale = isRecord(talk) ? textField(talk, 'content_locale') : undefined;
    if (locale !== undefined) counts.set(locale, (counts.get(locale) ?? 0) + 1);
  }
  let best: string | undefined;
  for (const [locale, count] of counts)
    if (best === undefined || count > counts.get(best)!) best = locale;
  return best;
}
