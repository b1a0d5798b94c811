/**
 * Cleaning free text for calendars: line breaks normalised to `\n`, control characters removed
 * (TAB excepted), lone surrogates, which have no UTF-8 form, replaced by U+FFFD. The `.ics`
 * writer (`ContentLines` in `fold.ts`) applies the same rules as it escapes and folds; the
 * calendar links, which URLSearchParams encodes, need only this.
 */

// Control characters (C0, DEL, C1) except TAB, and line breaks, which are kept as `\n`.
const CONTROLS = /(?![\t\n])\p{Cc}/gu;
// In a `u` regex a surrogate range matches only halves that are not part of a pair.
const LONE_SURROGATE = /[\uD800-\uDFFF]/gu;
// Anything `cleanText` would change (CR included): lets clean text skip the replacements.
const NEEDS_CLEANING = /(?![\t\n])[\p{Cc}\uD800-\uDFFF]/u;

/** Text with `\n` line breaks only, no control characters and no lone surrogates. */
export function cleanText(value: string): string {
  if (!NEEDS_CLEANING.test(value)) return value;
  return value.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(LONE_SURROGATE, '\uFFFD');
}
