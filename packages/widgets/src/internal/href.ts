/**
 * Which addresses become links. Only web addresses (`http:`, `https:`, relative ones resolved
 * against the page) do, by the core's one rule (`parseWebUrl`), so a `javascript:` or `data:`
 * value from an attribute or a summit file is never clickable.
 */
import { parseWebUrl } from '@gics/core/summit';

/** `url` when it is a web address (relative ones included), else `undefined`. */
export function safeHref(url: string | undefined): string | undefined {
  return url && parseWebUrl(url, document.baseURI) ? url : undefined;
}
