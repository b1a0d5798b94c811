/**
 * How a country is named to a visitor: from its ISO 3166-1 code, by the browser's own table
 * (`Intl.DisplayNames`) in the visitor's language, so no list of names ships with the elements.
 */
import type { Language } from '@gics/core';

const namers = new Map<Language, Intl.DisplayNames | null>();

/** The name of country `code` in `lang` ("Sénégal", "Senegal"); the code when the browser cannot. */
export function regionName(code: string, lang: Language): string {
  let namer = namers.get(lang);
  if (namer === undefined) {
    try {
      namer = new Intl.DisplayNames([lang === 'fr' ? 'fr-CA' : 'en-CA'], {
        type: 'region',
        fallback: 'code',
      });
    } catch {
      namer = null;
    }
    namers.set(lang, namer);
  }
  try {
    return namer?.of(code) ?? code;
  } catch {
    // A code the browser refuses: show it as written.
    return code;
  }
}
