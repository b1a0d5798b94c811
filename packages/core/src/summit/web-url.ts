/**
 * Web addresses: the one rule every link GICS Kit shows or writes follows (`http:` and `https:`
 * only), so `javascript:`, `data:` and the like never become links. In a module of its own so
 * that an element checking a link does not also bundle the summit's value patterns.
 */

/** Whether `url` is a web address (`http:` or `https:`). */
export function isWebUrl(url: URL): boolean {
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/**
 * `value` parsed when it is a web address (`isWebUrl`), a relative one resolved against `base`;
 * `undefined` when it is not one or does not parse.
 */
export function parseWebUrl(value: string, base?: string | URL): URL | undefined {
  try {
    const url = new URL(value, base);
    return isWebUrl(url) ? url : undefined;
  } catch {
    return undefined;
  }
}
