/**
 * Fetching the JSON document of an element's `src` (the library's, the directory's), with the
 * reasons it can fail as those elements report them: `not-found` (404, 410), `server` (another
 * status that is not 2xx), `network` (no answer), `not-json`. An abort rejects: the element has
 * started another load, and this one's outcome is no longer wanted.
 */

/** The document, or why there is none. */
export type FetchJsonOutcome =
  | { ok: true; json: unknown }
  | { ok: false; kind: 'not-found' | 'server' | 'network' | 'not-json'; status?: number };

/**
 * Fetches `src` (cookies sent to the page's own origin only) and parses its text as JSON.
 * `headersArrived` runs once a 2xx answer's headers are in, while its body is still arriving.
 */
export async function fetchJson(
  src: string,
  signal?: AbortSignal,
  headersArrived?: () => void,
): Promise<FetchJsonOutcome> {
  let text: string;
  try {
    const response = await fetch(src, {
      signal,
      headers: { accept: 'application/json' },
      credentials: 'same-origin',
    });
    if (response.status === 404 || response.status === 410) {
      return { ok: false, kind: 'not-found', status: response.status };
    }
    if (!response.ok) return { ok: false, kind: 'server', status: response.status };
    headersArrived?.();
    text = await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    return { ok: false, kind: 'network' };
  }
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, kind: 'not-json' };
  }
}
