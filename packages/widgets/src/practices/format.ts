/**
 * What cards and the dialog say about a practice besides its own text: its date, its languages
 * and its authors, worded with the browser's own tables (`Intl`) in the visitor's language.
 */
import type { Language, Member } from '@gics/core/summit';
import type { PracticesMessages } from '../i18n/practices.js';
import { languageOption } from '../internal/language-name.js';
import { regionName } from '../internal/region-name.js';

const dateFormats = new Map<Language, Intl.DateTimeFormat>();
const listFormats = new Map<Language, Intl.ListFormat>();

/**
 * A calendar date (`2024-03-12`) as the visitor reads it: « 12 mars 2024 », "March 12, 2024".
 * French writes the first of the month as an ordinal, « 1er avril 2025 », which `Intl` does not.
 */
export function formatDate(date: string, lang: Language): string {
  let format = dateFormats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'fr' ? 'fr-CA' : 'en-CA', {
      dateStyle: 'long',
      timeZone: 'UTC',
    });
    dateFormats.set(lang, format);
  }
  const [year, month, day] = date.split('-').map(Number);
  const time = Date.UTC(year!, month! - 1, day!);
  if (lang !== 'fr' || day !== 1) return format.format(time);
  return format
    .formatToParts(time)
    .map((part) => (part.type === 'day' ? `${part.value}er` : part.value))
    .join('');
}

/** Words joined as a sentence does: « français et anglais », "French and English". */
export function joinWords(words: readonly string[], lang: Language): string {
  let format = listFormats.get(lang);
  if (!format) {
    format = new Intl.ListFormat(lang, { type: 'conjunction' });
    listFormats.set(lang, format);
  }
  return format.format(words);
}

/** The languages a practice is available in: « En français et anglais », "In French and English". */
export function languagesFact(tags: readonly string[], lang: Language, t: PracticesMessages) {
  return t.availableIn(languageNames(tags, lang, t));
}

/** The names of languages, joined: « français et anglais », "French and English". */
export function languageNames(tags: readonly string[], lang: Language, t: PracticesMessages) {
  const names = tags.map((tag) => {
    const name = languageOption(tag, lang, t);
    // French writes language names in lower case, after a label's colon as in a sentence.
    return lang === 'fr' ? name.toLocaleLowerCase('fr') : name;
  });
  return joinWords(names, lang);
}

/** An author's organisation and country, as one phrase: "Coop Example, Senegal". */
export function authorPlace(author: Member, lang: Language): string {
  const parts: string[] = [];
  if (author.organisation && author.organisation !== author.name) parts.push(author.organisation);
  if (author.country) parts.push(regionName(author.country, lang));
  return parts.join(', ');
}
