/**
 * How a workshop's language is named to a visitor. A session may be held in any language (a
 * BCP 47 tag such as `de`, `es` or `pt-BR`), so names come from the browser's own table
 * (`Intl.DisplayNames`) in the visitor's language rather than from tables we would ship; only
 * `bilingual` (French and English) is ours to word.
 */
import type { Language } from '@gics/core';

const namers = new Map<Language, Intl.DisplayNames | null>();

function namerFor(lang: Language): Intl.DisplayNames | null {
  let namer = namers.get(lang);
  if (namer === undefined) {
    try {
      namer = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' });
    } catch {
      namer = null;
    }
    namers.set(lang, namer);
  }
  return namer;
}

/**
 * The name of the language `tag` in `lang` as the browser gives it ("allemand", "German"); the
 * tag itself when the browser cannot name it.
 */
export function languageName(tag: string, lang: Language): string {
  try {
    return namerFor(lang)?.of(tag) ?? tag;
  } catch {
    // A tag the browser refuses (the data allows any well-formed tag): show it as written.
    return tag;
  }
}

/** The words a language label needs from an element's messages. */
export interface LanguageWords {
  /** Sessions held in French and English. */
  bilingual: string;
  /** A session's language as a fact: "In German", « En allemand ». */
  inLanguage: (name: string) => string;
}

/** A language as an option of a filter: « Allemand », "German", « Bilingue ». */
export function languageOption(tag: string, lang: Language, words: LanguageWords): string {
  if (tag === 'bilingual') return words.bilingual;
  const name = languageName(tag, lang);
  return name.charAt(0).toLocaleUpperCase(lang) + name.slice(1);
}

/** A session's language as a card or dialog states it: « En allemand », "In German". */
export function languageFact(tag: string, lang: Language, words: LanguageWords): string {
  return tag === 'bilingual' ? words.bilingual : words.inLanguage(languageName(tag, lang));
}
