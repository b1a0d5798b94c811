/**
 * A real HTTP server on 127.0.0.1 for the newsletter tests, started once per test run by Vitest's
 * `globalSetup` (Node, not the browser). It speaks each provider's wire format and produces each
 * fault for real; the browser tests get its address through `inject('newsletterServer')`.
 *
 * URLs: `/<run>/<provider>/<behaviour>/…`, where `<run>` is a fresh id per test, so tests never
 * see each other's requests. `GET /__requests/<run>` lists what the server received for a run
 * (method, path, query, content type, raw body, and whether a JSON body matched the core
 * `Signup` schema). Every answer carries CORS headers for the test page, except under
 * `/<run>/nocors/`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import type { TestProject } from 'vitest/node';
import * as z from 'zod/mini';
// The schema's published home will be `@gics/core`; until it is exported there, read the source.
import { Signup } from '../../../../core/src/newsletter/signup.schema.js';
import {
  answer,
  corsHeaders,
  deadUrl,
  faultReply,
  readBody,
  refusedFields,
  startTestServer,
  type Reply,
} from '../../testing/test-server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the provider server, e.g. `http://127.0.0.1:43123`. */
    newsletterServer: string;
    /** A URL on a port where nothing listens (connection refused). */
    newsletterDeadUrl: string;
  }
}

export interface ReceivedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  contentType: string;
  body: string;
  /** For JSON bodies: whether they match `Signup`, else the issues as `field:code`. */
  schema?: true | string[];
}

const received = new Map<string, ReceivedRequest[]>();

const SUMMIT = {
  id: 'gics-2025',
  themes: [
    { id: 'circulaire', name: { fr: 'Économie circulaire', en: 'Circular economy' } },
    { id: 'numerique', name: { fr: 'Transition numérique', en: 'Digital transition' } },
    { id: 'broken' },
  ],
};

function checkSignup(body: string): true | string[] {
  try {
    const result = z.safeParse(Signup, JSON.parse(body));
    return result.success
      ? true
      : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
  } catch {
    return ['(body):not JSON'];
  }
}

/**
 * Our `json` convention, on top of the core schema: a reference endpoint. `busy`, `broken` and
 * `flaky` are the faults every form's server plays (`faultReply`).
 */
function jsonProvider(behaviour: string, record: ReceivedRequest, posts: number): Reply {
  if (record.schema !== true) return refusedFields(record.schema ?? []);
  const fault = faultReply(behaviour, posts);
  if (fault) return fault;
  switch (behaviour) {
    case 'double':
      return [200, { doubleOptIn: true }];
    case 'exists':
      return [409, { message: 'Already subscribed' }];
    case 'fields':
      return [
        400,
        {
          errors: [
            { field: 'email', code: 'email_invalid' },
            { field: 'name', message: 'Ce nom est réservé.' },
          ],
        },
      ];
    case 'closed':
      return [403, { message: 'Subscriptions are closed until May.' }];
    case 'empty':
      return [204, undefined];
    default:
      return [201, { status: 'subscribed' }];
  }
}

function listmonkProvider(mode: string, body: string): [number, unknown] {
  let parsed: { email?: unknown; list_uuids?: unknown };
  try {
    parsed = JSON.parse(body) as typeof parsed;
  } catch {
    return [400, { message: 'Invalid request.' }];
  }
  if (!Array.isArray(parsed.list_uuids) || parsed.list_uuids.length === 0) {
    return [400, { message: 'No valid lists found.' }];
  }
  if (mode === 'error') return [500, { message: 'Error subscribing.' }];
  if (mode === 'private') return [400, { message: 'Invalid list UUIDs.' }];
  if (mode === 'legacy') return [200, { data: true }];
  return [200, { data: { has_optin: mode === 'double' } }];
}

const MAILCHIMP_ANSWERS: Record<string, (email: string) => { result: string; msg: string }> = {
  double: () => ({
    result: 'success',
    msg: 'Almost finished... We need to confirm your email address. To complete the subscription process, please click the link in the email we just sent you.',
  }),
  single: () => ({ result: 'success', msg: 'Thank you for subscribing!' }),
  exists: (email) => ({
    result: 'error',
    msg: `${email} is already subscribed to list GICS. <a href="https://example.us1.list-manage.com/subscribe/send-email?u=x">Click here to update your profile</a>`,
  }),
  invalid: () => ({ result: 'error', msg: '0 - An email address must contain a single @.' }),
  toomany: () => ({
    result: 'error',
    msg: 'Too many subscribe attempts for this email address. Please try again in about 5 minutes.',
  }),
  other: () => ({ result: 'error', msg: 'This list is not accepting new subscribers.' }),
};

function mailchimpProvider(
  mode: string,
  query: Record<string, string>,
  response: ServerResponse,
): void {
  const callback = query.c ?? '';
  if (mode === 'broken' || !/^[A-Za-z_$][\w$]*$/.test(callback)) {
    answer(response, 500, {}, '<h1>Internal Server Error</h1>', 'text/html');
    return;
  }
  if (mode === 'silent') {
    answer(response, 200, {}, '/* not a JSONP answer */', 'application/javascript');
    return;
  }
  const make = MAILCHIMP_ANSWERS[mode] ?? MAILCHIMP_ANSWERS.double!;
  answer(
    response,
    200,
    {},
    `${callback}(${JSON.stringify(make(query.EMAIL ?? ''))})`,
    'application/javascript; charset=utf-8',
  );
}

async function handle(
  request: IncomingMessage,
  response: ServerResponse,
  hang: (socket: Socket) => void,
): Promise<void> {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const [run = '', provider = '', behaviour = ''] = url.pathname.split('/').slice(1);
  const method = request.method ?? 'GET';

  if (run === '__requests') {
    answer(response, 200, corsHeaders(request), received.get(provider) ?? []);
    return;
  }
  if (run === 'summit.json') {
    answer(response, 200, corsHeaders(request), SUMMIT);
    return;
  }

  const body = await readBody(request);
  const contentType = request.headers['content-type'] ?? '';
  const record: ReceivedRequest = {
    method,
    path: url.pathname.slice(run.length + 1),
    query: Object.fromEntries(url.searchParams),
    contentType,
    body,
  };
  if (contentType.startsWith('application/json')) record.schema = checkSignup(body);
  received.set(run, [...(received.get(run) ?? []), record]);

  if (provider === 'nocors') {
    // The service exists and answers, but does not allow the test page's origin.
    answer(response, method === 'OPTIONS' ? 204 : 201, {}, method === 'POST' ? {} : undefined);
    return;
  }
  if (provider === 'drop') {
    // A service that drops every connection without answering.
    request.socket.destroy();
    return;
  }
  const headers = corsHeaders(request);
  if (method === 'OPTIONS') {
    answer(response, 204, headers);
    return;
  }
  if (method === 'HEAD') {
    answer(response, 200, headers);
    return;
  }
  if (behaviour === 'hang') {
    // Never answers; the socket is closed when the run ends.
    hang(request.socket);
    return;
  }
  if (behaviour === 'html') {
    answer(
      response,
      200,
      headers,
      '<!doctype html><title>Welcome</title><p>It works!</p>',
      'text/html',
    );
    return;
  }

  switch (provider) {
    case 'form':
      // A form-post service: an empty 200 is a success.
      if (behaviour === 'busy') answer(response, 429, { ...headers, 'retry-after': '30' });
      else
        answer(response, 200, headers, behaviour === 'double' ? { doubleOptIn: true } : undefined);
      return;
    case 'json': {
      const posts = (received.get(run) ?? []).filter((entry) => entry.method === 'POST').length;
      const [status, payload, extra] = jsonProvider(behaviour, record, posts);
      answer(response, status, { ...headers, ...extra }, payload);
      return;
    }
    case 'listmonk': {
      const [status, payload] = listmonkProvider(behaviour, body);
      answer(response, status, headers, payload);
      return;
    }
    case 'mailchimp':
      mailchimpProvider(behaviour, record.query, response);
      return;
    default:
      answer(response, 404, headers, { message: 'No such route' });
  }
}

/** Starts the provider server and a port with nothing behind it; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestServer(handle);
  project.provide('newsletterServer', server.url);
  project.provide('newsletterDeadUrl', await deadUrl());
  return server.close;
}
