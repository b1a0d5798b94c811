/**
 * Multilingual fields as pretalx writes them: `{ "en": "Coffee break", "fr": "Pause café",
 * "de": "Kaffeepause" }`, or a plain string. GICS keeps French and English; each is looked up
 * with pretalx's own fallback — the language asked for, then its base language (`fr` for
 * `fr-CA`, or a regional key such as `fr-ca` for `fr`), then the text's own languages when the
 * caller knows them, then English, then the first value — so a track named only in German
 * still has a name, and a Spanish title with an English translation is not dropped.
 */
import type { LocalizedText } from '../summit/summit.schema.js';
import { isRecord } from './source-values.js';

function baseLanguage(tag: string): string {
  return tag.toLowerCase().replace(/_/g, '-').split('-')[0] ?? '';
}

/** The first text in one of the `preferred` languages (exact key, then base language). */
function preferredText(
  texts: ReadonlyArray<[string, string]>,
  preferred: ReadonlyArray<string | undefined>,
): [string, string] | undefined {
  for (const tag of preferred) {
    if (tag === undefined) continue;
    const own = tag.toLowerCase().replace(/_/g, '-');
    const found =
      texts.find(([key]) => key === own) ??
      texts.find(([key]) => baseLanguage(key) === baseLanguage(own));
    if (found) return found;
  }
  return undefined;
}

/**
 * The text of a multilingual value in `lang`, with the fallback described above; the
 * `preferred` languages (a talk's own, then the event's) come, in order, before English.
 */
export function resolveI18n(
  value: unknown,
  lang: string,
  preferred: ReadonlyArray<string | undefined> = [],
): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (!isRecord(value)) return undefined;
  const texts: Array<[string, string]> = [];
  for (const [key, text] of Object.entries(value)) {
    if (typeof text === 'string' && text.trim() !== '') {
      texts.push([key.toLowerCase().replace(/_/g, '-'), text.trim()]);
    }
  }
  const wanted = lang.toLowerCase().replace(/_/g, '-');
  const base = baseLanguage(wanted);
  const found =
    texts.find(([key]) => key === wanted) ??
    texts.find(([key]) => key === base) ??
    texts.find(([key]) => baseLanguage(key) === base) ??
    preferredText(texts, preferred) ??
    texts.find(([key]) => key === 'en') ??
    texts.find(([key]) => baseLanguage(key) === 'en') ??
    texts[0];
  return found?.[1];
}

/**
 * A GICS `LocalizedText` from a multilingual value: `{ fr, en }` when the two differ, a plain
 * string when they are the same (a name given in one language only is shown to everyone).
 * `preferred` are the text's own languages (a talk's `content_locale`, then the event's): a
 * talk titled in Spanish and English keeps its Spanish title for French readers instead of
 * dropping it.
 */
export function toLocalizedText(
  value: unknown,
  preferred: ReadonlyArray<string | undefined> = [],
): LocalizedText | undefined {
  const fr = resolveI18n(value, 'fr', preferred);
  const en = resolveI18n(value, 'en', preferred);
  if (fr === undefined || en === undefined) return fr ?? en;
  return fr === en ? fr : { fr, en };
}

/** Plain text for notes and ids: English first, then French. */
export function plainText(value: LocalizedText): string {
  return typeof value === 'string' ? value : (value.en ?? value.fr ?? '');
}
