/**
 * Links from a source document. GICS keeps `http:` and `https:` links only for sessions and
 * people (the schema would also take `mailto:`, but a session page is never an address);
 * `javascript:`, `data:` and the like are dropped. Relative links are resolved against the
 * document's base URL when it has one (frab's `base_url`).
 */
import { isWebUrl, parseWebUrl } from '../summit/web-url.js';
import type { ImportNote } from './import-report.js';
import { createNote } from './import-report.js';

/** `base` as an absolute http(s) URL, or `undefined` when it is missing or not one. */
export function parseBaseUrl(base: string | undefined): URL | undefined {
  return base === undefined ? undefined : parseWebUrl(base);
}

function absolute(raw: string): URL | undefined {
  try {
    return new URL(raw);
  } catch {
    return undefined;
  }
}

/**
 * Resolves and checks one link. Returns the URL to keep, or `undefined`; pushes a note onto
 * `notes` whenever the link was changed or dropped.
 */
export function safeLink(
  raw: string,
  base: URL | undefined,
  path: ReadonlyArray<string | number>,
  notes: ImportNote[],
): string | undefined {
  const parsed = absolute(raw);
  if (parsed) {
    if (isWebUrl(parsed)) return parsed.href;
    notes.push(createNote('unsafe_url_dropped', path, { url: raw }));
    return undefined;
  }
  if (!base) {
    notes.push(createNote('relative_url_dropped', path, { url: raw }));
    return undefined;
  }
  let resolved: URL;
  try {
    resolved = new URL(raw, base);
  } catch {
    notes.push(createNote('unsafe_url_dropped', path, { url: raw }));
    return undefined;
  }
  if (!isWebUrl(resolved)) {
    notes.push(createNote('unsafe_url_dropped', path, { url: raw }));
    return undefined;
  }
  notes.push(createNote('relative_url_resolved', path, { url: raw, resolved: resolved.href }));
  return resolved.href;
}
