/**
 * Multilingual fields as pretalx writes them: `{ "en": "Coffee break", "fr": "Pause café",
 * "de": "Kaffeepause" }`, or a plain string. GICS keeps French and English; each is looked up
 * with pretalx's own fallback — the language asked for, then its base language (`fr` for
 * `fr-CA`, or a regional key such as `fr-ca` for `fr`), then English, then the first value —
 * so a track named only in German still has a name.
 */
import type { LocalizedText } from '../summit/summit.schema.js';
import { isRecord } from './source-values.js';

function baseLanguage(tag: string): string {
  return tag.toLowerCase().replace(/_/g, '-').split('-')[0] ?? '';
}

/** The text of a multilingual value in `lang`, with the fallback described above. */
export function resolveI18n(value: unknown, lang: string): string | undefined {
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
    texts.find(([key]) => key === 'en') ??
    texts.find(([key]) => baseLanguage(key) === 'en') ??
    texts[0];
  return found?.[1];
}

/**
 * A GICS `LocalizedText` from a multilingual value: `{ fr, en }` when the two differ, a plain
 * string when they are the same (a name given in one language only is shown to everyone).
 */
export function toLocalizedText(value: unknown): LocalizedText | undefined {
  const fr = resolveI18n(value, 'fr');
  const en = resolveI18n(value, 'en');
  if (fr === undefined || en === undefined) return fr ?? en;
  return fr === en ? fr : { fr, en };
}

/** Plain text for notes and ids: English first, then French. */
export function plainText(value: LocalizedText): string {
  return typeof value === 'string' ? value : (value.en ?? value.fr ?? '');
}
