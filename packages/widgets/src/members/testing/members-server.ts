/**
 * A real HTTP server on 127.0.0.1 for `<gics-members>`'s `src` tests, started once per run by
 * Vitest's `globalSetup`; the tests get its address through `inject('membersServer')`.
 *
 * Routes (every answer allows any origin, as the Murmurations Index's does):
 * - `/community.json`: the bilingual community sample; `/summit.json`: the Montréal 2023 summit;
 * - `/v2/nodes`: a Murmurations Index answer (the core importer's fixture);
 *   `/profiles.json`: a list of Murmurations profiles (the same);
 * - `/hostile.json`: a community whose every member field tries HTML or script injection;
 * - `/images.json?page=<origin>`: members whose images come from this server (another origin
 *   than the page's) and from the page's own origin;
 * - `/empty.json`: a community without members; `/missing.json` 404, `/broken.json` 500,
 *   `/invalid.json` not JSON, `/other.json` JSON that is none of the above;
 * - `/slow.json?ms=…`: the sample after a delay; `/logo.png`: an image;
 * - `/__hits/<path>`: how many requests a path received.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { gicsCommunity } from '@gics/core/samples/community';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { hostileCommunity, imagesCommunity } from './communities.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the members data server, e.g. `http://127.0.0.1:43123`. */
    membersServer: string;
  }
}

const fixtures = new URL('../../../../core/src/importers/fixtures/', import.meta.url);
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(name, fixtures)), 'utf8');
/** A 1 × 1 transparent PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

const hits = new Map<string, number>();
const json = (value: unknown) => JSON.stringify(value);

function send(response: ServerResponse, status: number, body: string | Buffer, type: string) {
  response.writeHead(status, {
    'content-type': type,
    'access-control-allow-origin': '*',
    'cache-control': 'no-store',
  });
  response.end(body);
}

function route(path: string, url: URL, base: string, response: ServerResponse): void {
  switch (path) {
    case '/community.json':
      return send(response, 200, json(gicsCommunity), 'application/json');
    case '/summit.json':
      return send(response, 200, json(montreal2023), 'application/json');
    case '/v2/nodes':
      return send(response, 200, fixture('murmurations-index.json'), 'application/json');
    case '/profiles.json':
      return send(response, 200, fixture('murmurations-profiles.json'), 'application/json');
    case '/hostile.json':
      return send(response, 200, json(hostileCommunity), 'application/json');
    case '/images.json':
      return send(
        response,
        200,
        json(imagesCommunity(base, url.searchParams.get('page') ?? '')),
        'application/json',
      );
    case '/empty.json':
      return send(
        response,
        200,
        json({ ...gicsCommunity, members: [], practices: [] }),
        'application/json',
      );
    case '/missing.json':
      return send(response, 404, json({ message: 'Not found' }), 'application/json');
    case '/broken.json':
      return send(response, 500, '<h1>Internal Server Error</h1>', 'text/html');
    case '/invalid.json':
      return send(response, 200, '{ "members": [', 'application/json');
    case '/other.json':
      return send(response, 200, json({ hello: 'world' }), 'application/json');
    case '/logo.png':
      return send(response, 200, PNG, 'image/png');
    case '/slow.json': {
      const delay = Math.min(Number(url.searchParams.get('ms') ?? 600), 5000);
      setTimeout(() => send(response, 200, json(gicsCommunity), 'application/json'), delay);
      return;
    }
    default:
      if (path.startsWith('/__hits/')) {
        return send(
          response,
          200,
          json(hits.get(path.slice('/__hits'.length)) ?? 0),
          'application/json',
        );
      }
      return send(response, 404, 'No such route', 'text/plain');
  }
}

/** Starts the members data server; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let base = '';
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (!url.pathname.startsWith('/__hits/')) {
      hits.set(url.pathname, (hits.get(url.pathname) ?? 0) + 1);
    }
    route(url.pathname, url, base, response);
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
  base = `http://127.0.0.1:${port}`;
  project.provide('membersServer', base);
  return async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
}
