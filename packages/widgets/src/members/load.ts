/**
 * From `src` (or a value set as `.community`) to a directory the element can show, or the reason
 * there is none. The flow, once:
 *
 *   fetch(src, signal) ── throws ──────────────────────────────▶ network (aborts are rethrown)
 *     → status 404/410 ─────────────────────────────────────────▶ not-found
 *     → any other status that is not 2xx ───────────────────────▶ server
 *     → JSON.parse(text) ── fails ──────────────────────────────▶ not-json
 *     → what the document is (`formatOf`):
 *         Murmurations (an Index answer `{ data: [...] }`, profiles with `linked_schemas`)
 *           → `fromMurmurations`, loaded on demand (`@gics/core/importers`), its notes kept
 *         a summit (it has workshops) → `parseSummitUnworded`, lenient: its workshops say who
 *           leads what, for the dialog and the theme filter
 *         a community → `parseCommunityUnworded`, lenient
 *         anything else ───────────────────────────────────────▶ not-community
 *     → problems worded on demand (`@gics/core/summit/worded`), as the agenda does
 *     → { community, source, format, warnings }
 */
import {
  communityOf,
  looksLikeCommunity,
  parseCommunityUnworded,
  type Community,
  type MemberSource,
} from '@gics/core/community';
import { parseSummitUnworded, type Problem, type Summit } from '@gics/core/summit';
import type { ImportNote } from '@gics/core/importers';
import { fetchJson } from '../internal/fetch-json.js';
import type { MembersErrorKind, MembersFormat } from './types.js';

/** What the directory shows, read from one document. */
export interface MembersData {
  /** The community on show (a summit's community view for a summit file). */
  community: Community;
  /** What the directory's functions read: the summit itself for a summit file (its workshops). */
  source: MemberSource & { readonly members: Community['members'] };
  /** The summit, for a summit file: the dialog lists a member's workshops from it. */
  summit?: Summit;
}

/** A directory to show with what was left out of it, or why there is none. */
export type MembersOutcome =
  | ({ ok: true; format: MembersFormat; warnings: Array<Problem | ImportNote> } & MembersData)
  | { ok: false; kind: MembersErrorKind; status?: number; problems?: Problem[] };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isProfile(value: unknown): boolean {
  return isObject(value) && Array.isArray(value.linked_schemas);
}

/** What `json` looks like, by a few property lookups; never throws. */
export function formatOf(json: unknown): MembersFormat | undefined {
  try {
    if (Array.isArray(json))
      return json.length > 0 && json.every(isProfile) ? 'murmurations' : undefined;
    if (!isObject(json)) return undefined;
    if (Array.isArray(json.data) || isProfile(json)) return 'murmurations';
    if (Array.isArray(json.workshops)) return 'summit';
    return looksLikeCommunity(json) ? 'community' : undefined;
  } catch {
    return undefined;
  }
}

/** Problems with their sentences, which load with the first problem there is to report. */
async function worded(problems: Problem[]): Promise<Problem[]> {
  if (problems.length === 0) return problems;
  const { wordProblems } = await import('@gics/core/summit/worded');
  return wordProblems(problems);
}

/** Reads a parsed JSON document as a directory, converting Murmurations profiles first. */
export async function readMembers(json: unknown): Promise<MembersOutcome> {
  const format = formatOf(json);
  if (format === undefined) return { ok: false, kind: 'not-community', problems: [] };
  if (format === 'summit') {
    const parsed = parseSummitUnworded(json, { mode: 'lenient' });
    if (!parsed.ok) {
      return { ok: false, kind: 'not-community', problems: await worded(parsed.problems) };
    }
    const { summit } = parsed;
    return {
      ok: true,
      format,
      community: communityOf(summit),
      source: summit,
      summit,
      warnings: await worded(parsed.warnings),
    };
  }
  let input = json;
  let notes: ImportNote[] = [];
  if (format === 'murmurations') {
    const { fromMurmurations } = await import('@gics/core/importers');
    const imported = fromMurmurations(json);
    if (!imported.ok) return { ok: false, kind: 'not-community', problems: imported.problems };
    input = imported.community;
    notes = imported.notes;
  }
  const parsed = parseCommunityUnworded(input, { mode: 'lenient' });
  if (!parsed.ok) {
    return { ok: false, kind: 'not-community', problems: await worded(parsed.problems) };
  }
  const { community } = parsed;
  const warnings = await worded(parsed.warnings);
  return { ok: true, format, community, source: community, warnings: [...notes, ...warnings] };
}

/** Fetches and reads `src`. Rejects only when `signal` aborts the load. */
export async function loadMembers(src: string, signal?: AbortSignal): Promise<MembersOutcome> {
  const fetched = await fetchJson(src, signal);
  return fetched.ok ? readMembers(fetched.json) : fetched;
}
