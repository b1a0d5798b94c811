/**
 * The shared practices' endpoint and the community file the practices page reads.
 *
 *   POST /api/practices (JSON, ≤ 128 KB, ≤ 10 a client in 10 minutes)
 *     → `checkPracticeSubmission` from `@gics/core/community` (the form's own rules, themes
 *       from the community sample)
 *     ✗ 422 `{ errors: [{ field, code, index? }], message }`: the form words each `code` itself
 *     ✓ kept as `submitted` (`PracticeStore.add`, committed before the answer)
 *       → 201 `{ status: 'submitted', id, message }`; the same submission again answers with
 *         its first id
 *   GET /community.json
 *     → the community sample of `@gics/core` plus every approved submission as a practice and
 *       its author (`practiceFromSubmission`), checked with `parseCommunity`: a valid community
 *       document, read fresh on each request, so an approval shows on the next page load.
 */
import type { IncomingMessage } from 'node:http';
import type { Language } from '@gics/core';
import {
  checkPracticeSubmission,
  parseCommunity,
  practiceFromSubmission,
} from '@gics/core/community';
import { gicsCommunity } from '@gics/core/samples/community';
import type { PracticeStore, StoredPractice } from './practice-store.js';

/** A practice in full is longer than a signup: 20,000 characters of text, JSON-escaped. */
const MAX_BODY_BYTES = 128 * 1024;

/**
 * Submissions per client address per window. A person shares a practice or two, and may fix a
 * refused field a few times; a script posting straight to the endpoint, which the form's own
 * honeypot and timing check cannot see, is slowed down.
 */
export const PRACTICE_RATE_LIMIT = { requests: 10, windowMs: 10 * 60_000 };

/** The theme ids a submission may name: the community's. */
const THEME_IDS = gicsCommunity.themes.map((theme) => theme.id);

const MESSAGES = {
  fr: {
    submitted: 'Pratique reçue\u00a0; elle sera publiée après examen.',
    invalid: 'Certains renseignements de la pratique sont à corriger.',
    notJson: 'La demande n’est pas un JSON valide.',
    notSubmission: 'La demande ne contient pas de pratique.',
    contentType: 'La demande doit être envoyée en JSON (application/json).',
    tooLarge: 'La demande est trop volumineuse.',
    method: 'Cette adresse n’accepte que les pratiques envoyées par POST.',
    rateLimited: 'Trop d’envois depuis votre connexion.',
  },
  en: {
    submitted: 'Practice received; it will be published after review.',
    invalid: 'Some details of the practice need fixing.',
    notJson: 'The request is not valid JSON.',
    notSubmission: 'The request does not contain a practice.',
    contentType: 'The request must be sent as JSON (application/json).',
    tooLarge: 'The request is too large.',
    method: 'This address only accepts practices sent with POST.',
    rateLimited: 'Too many submissions from your connection.',
  },
} satisfies Record<Language, Record<string, string>>;

/** What the server sends back: a status, a JSON body, extra headers. */
export interface JsonAnswer {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

class TooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw new TooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new TooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A fixed-window counter per client address, in memory: a restart forgives everyone. */
function createLimiter(now: () => number = Date.now): (client: string) => number | undefined {
  const windows = new Map<string, { start: number; count: number }>();
  return (client) => {
    const time = now();
    for (const [key, window] of windows) {
      if (time - window.start >= PRACTICE_RATE_LIMIT.windowMs) windows.delete(key);
    }
    const window = windows.get(client) ?? { start: time, count: 0 };
    window.count += 1;
    windows.set(client, window);
    if (window.count <= PRACTICE_RATE_LIMIT.requests) return undefined;
    return Math.ceil((window.start + PRACTICE_RATE_LIMIT.windowMs - time) / 1000);
  };
}

/** The public practice and author an approved submission becomes. */
export function publishedRecords(stored: StoredPractice) {
  return practiceFromSubmission(stored.submission, {
    id: `shared-${stored.id}`,
    authorId: `shared-${stored.id}-author`,
    date: (stored.decidedAt ?? stored.receivedAt).slice(0, 10),
  });
}

/** The community sample with every approved submission, as a valid community document. */
export function communityWithApproved(store: PracticeStore): unknown {
  const published = store.approved().map(publishedRecords);
  const community = {
    ...gicsCommunity,
    members: [...gicsCommunity.members, ...published.map((records) => records.author)],
    practices: [...gicsCommunity.practices, ...published.map((records) => records.practice)],
  };
  const parsed = parseCommunity(community);
  if (!parsed.ok) {
    // Submissions were checked on the way in: a document that does not read is a bug here.
    throw new Error(`The community file is not valid: ${JSON.stringify(parsed.problems)}`);
  }
  return community;
}

export interface PracticeEndpoint {
  /** Answers a `POST /api/practices`. */
  receive(request: IncomingMessage, fallback: Language): Promise<JsonAnswer>;
  /** The `405` answer for another method. */
  method(fallback: Language): JsonAnswer;
}

export function createPracticeEndpoint(
  store: PracticeStore,
  log: (line: string) => void,
): PracticeEndpoint {
  const limited = createLimiter();
  return {
    method: (fallback) => ({
      status: 405,
      body: { message: MESSAGES[fallback].method },
      headers: { allow: 'POST, HEAD' },
    }),
    async receive(request, fallback) {
      const wait = limited(request.socket.remoteAddress ?? 'unknown');
      if (wait !== undefined) {
        return {
          status: 429,
          body: { message: MESSAGES[fallback].rateLimited },
          headers: { 'retry-after': String(wait) },
        };
      }
      if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
        return { status: 415, body: { message: MESSAGES[fallback].contentType } };
      }
      let body: unknown;
      try {
        body = JSON.parse(await readBody(request));
      } catch (error) {
        if (error instanceof TooLarge) {
          return { status: 413, body: { message: MESSAGES[fallback].tooLarge } };
        }
        return { status: 400, body: { message: MESSAGES[fallback].notJson } };
      }
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        return { status: 400, body: { message: MESSAGES[fallback].notSubmission } };
      }
      const language: Language =
        (body as { language?: unknown }).language === 'en'
          ? 'en'
          : (body as { language?: unknown }).language === 'fr'
            ? 'fr'
            : fallback;
      const checked = checkPracticeSubmission(body, { themes: THEME_IDS });
      if (!checked.ok) {
        log('practice refused (422)');
        return {
          status: 422,
          body: { errors: checked.errors, message: MESSAGES[language].invalid },
        };
      }
      const { id, created } = store.add(checked.submission);
      // The log says what happened, never who sent it.
      log(`practice ${created ? 'submitted' : 'received again'}: #${id} (${language})`);
      return {
        status: 201,
        body: { status: 'submitted', id, message: MESSAGES[language].submitted },
      };
    },
  };
}
