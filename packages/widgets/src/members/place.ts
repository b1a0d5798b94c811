/**
 * Where a member is, in the visitor's language: the city as the data writes it, and the country
 * named by the browser's own table (`Intl.DisplayNames`), so no list of country names ships.
 */
import type { Language, Member } from '@gics/core';

const namers = new Map<Language, Intl.DisplayNames | null>();

/** The name of country `code` (ISO 3166-1 alpha-2) in `lang`; the code when the browser has none. */
export function countryName(code: string, lang: Language): string {
  let namer = namers.get(lang);
  if (namer === undefined) {
    try {
      namer = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    } catch {
      namer = null;
    }
    namers.set(lang, namer);
  }
  try {
    return namer?.of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Lyon, France", "France", "Lyon" or `''`. */
export function placeOf(member: Pick<Member, 'city' | 'country'>, lang: Language): string {
  const country = member.country ? countryName(member.country, lang) : '';
  return [member.city?.trim(), country].filter(Boolean).join(', ');
}

/**
 * `url` when a page may show it as an image: a web address from the page's own origin, or from
 * anywhere when `remote` is allowed. A data file cannot make visitors' browsers call a third
 * party otherwise.
 */
export function imageSource(url: string | undefined, remote: boolean): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, document.baseURI);
    if (resolved.protocol !== 'https:' && resolved.protocol !== 'http:') return undefined;
    return remote || resolved.origin === location.origin ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}

/** `template` with `{id}` replaced by `id` (encoded), as `workshop-href` and `practice-href` write it. */
export function hrefFor(template: string, id: string): string {
  return template.replaceAll('{id}', encodeURIComponent(id));
}
