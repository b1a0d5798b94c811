/**
 * A real HTTP server on 127.0.0.1 for the library's `src` tests, started once per run by
 * Vitest's `globalSetup` (Node, not the browser); the tests get its address through
 * `inject('practicesServer')`.
 *
 * Routes (every answer allows any origin):
 * - `/community.json`: the bilingual community sample; `/summit.json`: the Montréal 2023 summit
 *   (its practices); `/empty.json`: a community without practices; `/partial.json`: the sample
 *   with two invalid practices; `/hostile.json`: the sample whose every practice and member field
 *   carries markup and `javascript:` addresses (`hostile.ts`);
 * - `/missing.json` 404, `/broken.json` 500, `/invalid.json` not JSON, `/other.json` JSON that is
 *   neither a community nor a summit;
 * - `/slow.json?ms=…`: the sample after a delay; `/flaky/<run>.json`: 503 the first time, the
 *   sample after that;
 * - `/__hits/<path>`: how many requests a path received.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestProject } from 'vitest/node';
import { gicsCommunity } from '@gics/core/samples/community';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { hostileCommunity } from './hostile.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the practices data server, e.g. `http://127.0.0.1:43123`. */
    practicesServer: string;
  }
}

const PARTIAL = {
  ...gicsCommunity,
  practices: [
    ...gicsCommunity.practices,
    { id: 'sans-titre', summary: 'Une pratique sans titre' },
    { id: 'titre-illisible', title: 42, date: '2024-04-01' },
  ],
};

const hits = new Map<string, number>();
const json = (value: unknown) => JSON.stringify(value);

function send(response: ServerResponse, status: number, body: string, type: string): void {
  response.writeHead(status, {
    'content-type': type,
    'access-control-allow-origin': '*',
    'cache-control': 'no-store',
  });
  response.end(body);
}

function route(path: string, url: URL, response: ServerResponse): void {
  const type = 'application/json';
  switch (path) {
    case '/community.json':
      return send(response, 200, json(gicsCommunity), type);
    case '/summit.json':
      return send(response, 200, json(montreal2023), type);
    case '/empty.json':
      return send(response, 200, json({ ...gicsCommunity, practices: [] }), type);
    case '/partial.json':
      return send(response, 200, json(PARTIAL), type);
    case '/hostile.json':
      return send(response, 200, json(hostileCommunity()), type);
    case '/missing.json':
      return send(response, 404, json({ message: 'Not found' }), type);
    case '/broken.json':
      return send(response, 500, '<h1>Internal Server Error</h1>', 'text/html');
    case '/invalid.json':
      return send(response, 200, '{ "id": "gics", "practices": [', type);
    case '/other.json':
      return send(response, 200, json({ hello: 'world', items: [1, 2, 3] }), type);
    case '/slow.json': {
      const delay = Math.min(Number(url.searchParams.get('ms') ?? 600), 5000);
      setTimeout(() => send(response, 200, json(gicsCommunity), type), delay);
      return;
    }
    default:
      if (path.startsWith('/flaky/')) {
        return hits.get(path) === 1
          ? send(response, 503, 'Try later', 'text/plain')
          : send(response, 200, json(gicsCommunity), type);
      }
      if (path.startsWith('/__hits/')) {
        return send(response, 200, json(hits.get(path.slice('/__hits'.length)) ?? 0), type);
      }
      return send(response, 404, 'No such route', 'text/plain');
  }
}

function handle(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  if (!path.startsWith('/__hits/')) hits.set(path, (hits.get(path) ?? 0) + 1);
  route(path, url, response);
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts the practices data server; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = createServer(handle);
  const port = await listen(server);
  project.provide('practicesServer', `http://127.0.0.1:${port}`);
  return async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
}
