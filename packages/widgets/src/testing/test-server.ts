/**
 * What the tests' real HTTP servers share (Node, run by Vitest's `globalSetup`, never in the
 * browser): a server on 127.0.0.1 and a free port, CORS headers for the test page, JSON answers,
 * reading a request's body, requests left hanging on purpose (closed when the run ends) and a
 * URL where nothing listens (a refused connection).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/** Headers that let the test page (any origin) post JSON and read `Retry-After`. */
export function corsHeaders(request: IncomingMessage): Record<string, string> {
  return {
    'access-control-allow-origin': request.headers.origin ?? '*',
    'access-control-allow-methods': 'GET, POST, HEAD',
    'access-control-allow-headers': 'content-type',
    'access-control-expose-headers': 'Retry-After',
    vary: 'Origin',
  };
}

/**
 * Answers with `status`: `body` as is when it is a string, else as JSON, typed `type`; no body
 * (and no content type) when `body` is `undefined`.
 */
export function answer(
  response: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body?: unknown,
  type = 'application/json',
): void {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, { ...headers, ...(text ? { 'content-type': type } : {}) });
  response.end(text);
}

/** A test server's answer: its status, its body (JSON unless a string) and extra headers. */
export type Reply = [status: number, body: unknown, headers?: Record<string, string>];

/**
 * The faults every form's test server plays, by behaviour: `busy` (429 with `Retry-After`),
 * `broken` (500) and `flaky` (503 on the first post of a run only: what "Try again" is for);
 * `undefined` for any other behaviour, and for `flaky` once it has failed.
 */
export function faultReply(behaviour: string, posts: number): Reply | undefined {
  switch (behaviour) {
    case 'busy':
      return [429, { message: 'Slow down' }, { 'retry-after': '120' }];
    case 'broken':
      return [500, { message: 'Database unavailable' }];
    case 'flaky':
      return posts === 1 ? [503, { message: 'Try later' }] : undefined;
    default:
      return undefined;
  }
}

/**
 * A 422 that refuses fields, from a check's issues written `field:code` (a dotted field path
 * names its first field): `{ errors: [{ field, code }] }`, as the forms read it.
 */
export function refusedFields(issues: readonly string[]): Reply {
  const errors = issues.map((issue) => {
    const [path = '', code = ''] = issue.split(':');
    return { field: path.split('.')[0], code };
  });
  return [422, { errors }];
}

/** The request's body as UTF-8 text. */
export async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** A running test server. */
export interface TestServer {
  /** Its base URL, e.g. `http://127.0.0.1:43123`. */
  url: string;
  /** Closes every connection, hanging ones included, then the server. */
  close(): Promise<void>;
}

/**
 * Starts a server that passes every request to `handle`, a request it fails being dropped.
 * `handle` may call `hang(request.socket)` to leave a request without an answer (a service
 * that hangs) until the server closes.
 */
export async function startTestServer(
  handle: (
    request: IncomingMessage,
    response: ServerResponse,
    hang: (socket: Socket) => void,
  ) => Promise<void>,
): Promise<TestServer> {
  const hanging = new Set<Socket>();
  const hang = (socket: Socket) => void hanging.add(socket);
  const server = createServer((request, response) => {
    handle(request, response, hang).catch((error: unknown) => {
      response.destroy(error instanceof Error ? error : undefined);
    });
  });
  const port = await listen(server);
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      for (const socket of hanging) socket.destroy();
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

/** A URL on a port where nothing listens: a connection to it is refused. */
export async function deadUrl(): Promise<string> {
  const server = createServer();
  const port = await listen(server);
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
