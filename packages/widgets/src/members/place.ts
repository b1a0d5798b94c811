/**
 * Where a member is, in the visitor's language: the city as the data writes it, and the country
 * named by the browser's own table (`Intl.DisplayNames`), so no list of country names ships.
 */
import type { Language, Member } from '@gics/core';
import { regionName } from '../internal/region-name.js';

/** "Lyon, France", "France", "Lyon" or `''`. */
export function placeOf(member: Pick<Member, 'city' | 'country'>, lang: Language): string {
  const country = member.country ? regionName(member.country, lang) : '';
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
