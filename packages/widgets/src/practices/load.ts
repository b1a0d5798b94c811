/**
 * From `src` (or a value set as `.community` / `.practices`) to a community the library can
 * show, or the reason there is none. The flow, once, with the agenda's error kinds and wording (and
 * `<gics-members>`' `not-community`):
 *
 *   fetch(src, signal) ── throws ──────────────────────────────▶ network (aborts are rethrown)
 *     → status 404/410 ─────────────────────────────────────────▶ not-found
 *     → any other status that is not 2xx ───────────────────────▶ server
 *     → JSON.parse(text) ── fails ──────────────────────────────▶ not-json
 *     → shaped like a community (`looksLikeCommunity`)
 *         → `parseCommunityUnworded(…, { mode: 'lenient' })`
 *       else a summit file → `parseSummitUnworded(…, { mode: 'lenient' })` → `communityOf`
 *         invalid records are left out and reported, their sentences loaded on demand
 *         (`@gics/core/summit/worded`) when there are some
 *         neither ─────────────────────────────────────────────▶ not-community (with problems)
 *     → { community, source, warnings }
 */
import {
  communityOf,
  looksLikeCommunity,
  parseCommunityUnworded,
  type Community,
} from '@gics/core/community';
import { parseSummitUnworded, type Problem } from '@gics/core/summit';
import { fetchJson } from '../internal/fetch-json.js';
import { nextTask } from '../internal/next-task.js';
import type { PracticesErrorKind, PracticesSourceKind } from './types.js';

/** A community to show with what was left out of it, or why there is none. */
export type LoadOutcome =
  | { ok: true; community: Community; source: PracticesSourceKind; warnings: Problem[] }
  | { ok: false; kind: PracticesErrorKind; status?: number; problems?: Problem[] };

/** Problems with their sentences, which load with the first problem there is to report. */
async function worded(problems: Problem[]): Promise<Problem[]> {
  if (problems.length === 0) return problems;
  const { wordProblems } = await import('@gics/core/summit/worded');
  return wordProblems(problems);
}

/** Reads a parsed JSON document (a community, or a summit) as the library's community. */
export async function readCommunity(json: unknown): Promise<LoadOutcome> {
  if (looksLikeCommunity(json)) {
    const parsed = parseCommunityUnworded(json, { mode: 'lenient' });
    if (!parsed.ok) {
      return { ok: false, kind: 'not-community', problems: await worded(parsed.problems) };
    }
    const warnings = await worded(parsed.warnings);
    return { ok: true, community: parsed.community, source: 'community', warnings };
  }
  const parsed = parseSummitUnworded(json, { mode: 'lenient' });
  if (!parsed.ok)
    return { ok: false, kind: 'not-community', problems: await worded(parsed.problems) };
  const warnings = await worded(parsed.warnings);
  return { ok: true, community: communityOf(parsed.summit), source: 'summit', warnings };
}

/**
 * The document `.community` and `.practices` make together: the community (or summit) as given,
 * its practices replaced by `.practices` when that is set; a list alone becomes a community of
 * its own, with no themes or members to name.
 */
export function composeSource(community: unknown, practices: unknown): unknown {
  if (practices === undefined) return community;
  if (community !== null && typeof community === 'object' && !Array.isArray(community)) {
    return { ...community, practices };
  }
  return { id: 'practices', name: 'Practices', practices };
}

/** Fetches and reads `src`. Rejects only when `signal` aborts the load. */
export async function loadCommunity(
  src: string,
  options: { signal?: AbortSignal } = {},
): Promise<LoadOutcome> {
  // The page's first number formatter (the cards' counts), built while the text arrives: the
  // first one loads the number data, tens of milliseconds on a slow machine.
  const fetched = await fetchJson(src, options.signal, () =>
    setTimeout(() => (0).toLocaleString('en-CA')),
  );
  if (!fetched.ok) return fetched;
  const outcome = await readCommunity(fetched.json);
  // Read in this task, shown in the next: neither holds the page for long.
  if (outcome.ok) await nextTask();
  return outcome;
}
