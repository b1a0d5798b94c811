/**
 * Which addresses become links. Only web addresses (`http:`, `https:`, relative ones resolved
 * against the page) do, by the core's one rule (`parseWebUrl`), so a `javascript:` or `data:`
 * value from an attribute or a summit file is never clickable.
 */
import { isServer } from 'lit';
import { parseWebUrl } from '@gics/core/summit';

/**
 * The host's page for record `id` from a template such as `/ateliers/{id}` (the elements'
 * `workshop-href`, `practice-href`), `{id}` replaced by the encoded id; none without a template
 * or when the result is not a web address.
 */
export function hrefFromTemplate(template: string, id: string): string | undefined {
  return template ? safeHref(template.replaceAll('{id}', encodeURIComponent(id))) : undefined;
}

/**
 * What relative addresses are read against on a server rendering an element (Lit SSR), which
 * has no page: only whether the result is a web address matters, and the link stays relative.
 */
const SERVER_BASE = 'https://server.invalid/';

/** `url` when it is a web address (relative ones included), else `undefined`. */
export function safeHref(url: string | undefined): string | undefined {
  return url && parseWebUrl(url, isServer ? SERVER_BASE : document.baseURI) ? url : undefined;
}
