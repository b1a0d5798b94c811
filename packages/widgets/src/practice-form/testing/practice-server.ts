/**
 * A real HTTP server on 127.0.0.1 for the practice form's tests, started once per test run by
 * Vitest's `globalSetup` (Node, not the browser). It receives submissions as a host's endpoint
 * would, checking each with the core's `checkPracticeSubmission`, and produces each fault for
 * real; the browser tests get its address through `inject('practiceServer')`.
 *
 * URLs: `POST /<run>/<behaviour>`, where `<run>` is a fresh id per test, so tests never see each
 * other's requests. `GET /__requests/<run>` lists what the server received for a run (method,
 * content type, raw body, and the core check's verdict). `GET /community.json` serves themes,
 * one of them named with markup.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { TestProject } from 'vitest/node';
// The source, as the newsletter's server reads its schema: the tests run before any build.
import { checkPracticeSubmission } from '../../../../core/src/community/submission.js';
import {
  answer,
  corsHeaders,
  faultReply,
  readBody,
  refusedFields,
  startTestServer,
  type Reply,
} from '../../testing/test-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the practice server, e.g. `http://127.0.0.1:43123`. */
    practiceServer: string;
  }
}

/** The theme ids `/community.json` offers, which the server's check accepts. */
export const THEME_IDS = ['leadership', 'circulaire', 'numerique', 'hostile'];

export interface ReceivedSubmission {
  method: string;
  contentType: string;
  body: string;
  /** Whether the body passed `checkPracticeSubmission`, else its problems as `field:code`. */
  check: true | string[];
}

const COMMUNITY = {
  id: 'test-community',
  name: { fr: 'Communauté d’essai', en: 'Test community' },
  themes: [
    { id: 'leadership', name: { fr: 'Leadership coopératif', en: 'Co-operative leadership' } },
    { id: 'circulaire', name: { fr: 'Économie circulaire', en: 'Circular economy' } },
    { id: 'numerique', name: { fr: 'Numérique', en: 'Digitalization' } },
    { id: 'hostile', name: '<img src=x onerror="window.hacked=1">Thème piégé' },
    { id: 'broken' },
  ],
  members: [],
  practices: [],
};

const received = new Map<string, ReceivedSubmission[]>();

function check(body: string): true | string[] {
  try {
    const result = checkPracticeSubmission(JSON.parse(body), { themes: THEME_IDS });
    return result.ok ? true : result.errors.map((error) => `${error.field}:${error.code}`);
  } catch {
    return ['(body):not JSON'];
  }
}

/**
 * What a receiving endpoint answers, by behaviour; a body that fails the check is a 422. `busy`,
 * `broken` and `flaky` are the faults every form's server plays (`faultReply`).
 */
function reply(behaviour: string, entry: ReceivedSubmission, posts: number): Reply {
  if (entry.check !== true) return refusedFields(entry.check);
  const fault = faultReply(behaviour, posts);
  if (fault) return fault;
  switch (behaviour) {
    case 'fields':
      return [
        422,
        {
          errors: [
            { field: 'title', code: 'title_too_long' },
            { field: 'links', code: 'link_url_invalid', index: 1 },
            { field: 'nonsense', code: 'whatever' },
          ],
        },
      ];
    case 'closed':
      return [403, { message: 'Submissions are closed until the next summit.' }];
    default:
      return [201, { status: 'submitted', id: `p-${posts}` }];
  }
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  hang: (socket: Socket) => void,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const [run = '', behaviour = ''] = url.pathname.split('/').slice(1);
  const method = request.method ?? 'GET';
  const headers = corsHeaders(request);

  if (run === '__requests') {
    answer(response, 200, headers, received.get(behaviour) ?? []);
    return;
  }
  if (run === 'community.json') {
    answer(response, 200, headers, COMMUNITY);
    return;
  }
  if (behaviour === 'drop' && method === 'HEAD') {
    // The probe that follows a failed post is dropped too: the service is out of reach.
    request.socket.destroy();
    return;
  }
  if (method === 'OPTIONS') {
    // Under `drop`, the post must come on a connection of its own: Chromium sends a post again,
    // once, when a reused keep-alive connection closes before any answer.
    answer(response, 204, behaviour === 'drop' ? { ...headers, connection: 'close' } : headers);
    return;
  }
  if (method === 'HEAD') {
    answer(response, 200, headers);
    return;
  }

  const body = await readBody(request);
  const entry: ReceivedSubmission = {
    method,
    contentType: request.headers['content-type'] ?? '',
    body,
    check: check(body),
  };
  received.set(run, [...(received.get(run) ?? []), entry]);
  const posts = (received.get(run) ?? []).length;

  if (behaviour === 'drop') {
    // The post arrives (after its preflight), and the connection is dropped without an answer.
    request.socket.destroy();
    return;
  }
  if (behaviour === 'hang') {
    hang(request.socket);
    return;
  }
  if (behaviour === 'html') {
    answer(response, 200, headers, '<!doctype html><title>Welcome</title>', 'text/html');
    return;
  }
  const [status, payload, extra] = reply(behaviour, entry, posts);
  answer(response, status, { ...headers, ...extra }, payload);
}

/** Starts the practice server; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestServer(handle);
  project.provide('practiceServer', server.url);
  return server.close;
}
