/**
 * A real HTTP server on 127.0.0.1 for the agenda's `src` tests, started once per run by
 * Vitest's `globalSetup` (Node, not the browser); the tests get its address through
 * `inject('agendaServer')`, and a port where nothing listens through `inject('agendaDeadUrl')`.
 *
 * Routes (every answer allows any origin):
 * - `/summit.json`: the Montréal 2023 sample; `/empty.json`: a summit without workshops;
 *   `/partial.json`: the sample with two invalid workshops;
 * - `/pretalx.json`, `/frab.json`, `/sessionize.json`: the core importers' fixtures, as is;
 * - `/fixtures/<name>`: any of the core importers' fixtures, as is;
 * - `/congress.json`: a congress-sized frab schedule (`congress-feed.ts`); `/frab-no-zone.json`:
 *   the frab fixture without its `time_zone_name`;
 * - `/missing.json` 404, `/broken.json` 500, `/invalid.json` not JSON, `/other.json` JSON that is
 *   no summit;
 * - `/slow.json?ms=…`: the sample after a delay; `/flaky/<run>.json`: 503 the first time, the
 *   sample after that (what "Try again" is for);
 * - `/preloaded/<route>`: `<route>`'s answer, its requests counted apart (a page's preload);
 * - `/big/<n>/schedule/widgets/schedule.json`: a pretalx widget feed of `n` talks;
 *   `/big/<n>/summit.json`: a GICS summit of `n` workshops, `/big/<n>/broken.json` the same
 *   whose `practices` are no list (big-feeds.ts, for the preview's tests);
 * - `/__hits/<path>`: how many requests a path received.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import { bigPretalxFeed, bigSummit } from './big-feeds.js';
import { congressFeed } from './congress-feed.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the agenda data server, e.g. `http://127.0.0.1:43123`. */
    agendaServer: string;
    /** A URL on a port where nothing listens (connection refused). */
    agendaDeadUrl: string;
  }
}

const fixtures = new URL('../../../../core/src/importers/fixtures/', import.meta.url);
const fixture = (name: string) => readFileSync(fileURLToPath(new URL(name, fixtures)), 'utf8');

const PARTIAL = {
  ...montreal2023,
  workshops: [
    ...montreal2023.workshops,
    { id: 'sans-titre', start: '2023-05-16T09:00:00-04:00', end: '2023-05-16T10:00:00-04:00' },
    { id: 'mauvaise-date', title: 'Date illisible', start: 'mardi matin', end: 'midi' },
  ],
};

/** The frab fixture as a feed that does not name its time zone. */
function frabWithoutZone(): string {
  const feed = JSON.parse(fixture('frab-schedule.json')) as {
    schedule: { conference: Record<string, unknown> };
  };
  delete feed.schedule.conference.time_zone_name;
  return json(feed);
}

const hits = new Map<string, number>();

/**
 * Programmes that change while a test runs (`/live/<name>.json`): `PUT …?version=N` chooses
 * the version served next (1: the Montréal sample; 2: one workshop moved, one cancelled, one
 * taken out, one added; 0: the server fails). Answers carry an ETag and may be kept by the
 * browser's cache, so a revalidation of an unchanged version is a 304, counted in
 * `/__304/live/<name>.json`.
 */
const liveVersions = new Map<string, number>();
const notModified = new Map<string, number>();

function liveSummit(version: number): unknown {
  if (version === 1) return montreal2023;
  const [first, second, third, fourth, ...rest] = montreal2023.workshops;
  const later = (iso: string) => new Date(Date.parse(iso) + 2 * 3600_000).toISOString();
  return {
    ...montreal2023,
    workshops: [
      first,
      { ...second!, start: later(second!.start), end: later(second!.end) },
      { ...third!, status: 'cancelled' },
      // `fourth` is taken out of the programme.
      ...rest,
      {
        ...fourth!,
        id: 'atelier-ajoute',
        title: { fr: 'Atelier ajouté en dernière minute', en: 'Last-minute workshop' },
      },
    ],
  };
}

function live(path: string, request: IncomingMessage, response: ServerResponse, url: URL): void {
  if (request.method === 'PUT') {
    liveVersions.set(path, Number(url.searchParams.get('version') ?? 1));
    response.writeHead(204, { 'access-control-allow-origin': '*' });
    response.end();
    return;
  }
  if (request.method === 'OPTIONS') {
    response.writeHead(204, {
      'access-control-allow-origin': '*',
      'access-control-allow-methods': 'GET, PUT',
    });
    response.end();
    return;
  }
  const version = liveVersions.get(path) ?? 1;
  if (version === 0) return send(response, 503, 'Try later', 'text/plain');
  const etag = `"v${version}"`;
  const headers = {
    'access-control-allow-origin': '*',
    'cache-control': 'no-cache',
    etag,
  };
  if (request.headers['if-none-match'] === etag) {
    notModified.set(path, (notModified.get(path) ?? 0) + 1);
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, { ...headers, 'content-type': 'application/json' });
  response.end(json(liveSummit(version)));
}

function send(response: ServerResponse, status: number, body: string, type: string): void {
  response.writeHead(status, {
    'content-type': type,
    'access-control-allow-origin': '*',
    'cache-control': 'no-store',
  });
  response.end(body);
}

const json = (value: unknown) => JSON.stringify(value);

/** The rest of each answer held back by `/held/…`, until `/__release`. */
const held: Array<() => void> = [];
const release = () => held.splice(0).forEach((rest) => rest());

function route(path: string, url: URL, response: ServerResponse): void {
  const count = hits.get(path) ?? 0;
  switch (path) {
    case '/summit.json':
      return send(response, 200, json(montreal2023), 'application/json');
    case '/empty.json':
      return send(response, 200, json({ ...montreal2023, workshops: [] }), 'application/json');
    case '/partial.json':
      return send(response, 200, json(PARTIAL), 'application/json');
    case '/pretalx.json':
      return send(response, 200, fixture('pretalx-widget.json'), 'application/json');
    case '/frab.json':
      return send(response, 200, fixture('frab-schedule.json'), 'application/json');
    case '/sessionize.json':
      return send(response, 200, fixture('sessionize-all.json'), 'application/json');
    case '/congress.json':
      return send(response, 200, json(congressFeed().feed), 'application/json');
    case '/frab-no-zone.json':
      return send(response, 200, frabWithoutZone(), 'application/json');
    case '/missing.json':
      return send(response, 404, json({ message: 'Not found' }), 'application/json');
    case '/broken.json':
      return send(response, 500, '<h1>Internal Server Error</h1>', 'text/html');
    case '/invalid.json':
      return send(response, 200, '{ "id": "gics", "workshops": [', 'application/json');
    case '/other.json':
      return send(response, 200, json({ hello: 'world', items: [1, 2, 3] }), 'application/json');
    case '/held/congress.json': {
      // Says its length, sends its first kilobyte, and the rest once `/__release` is asked for.
      const body = Buffer.from(json(congressFeed().feed));
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': body.byteLength,
        'access-control-allow-origin': '*',
        'cache-control': 'no-store',
      });
      response.write(body.subarray(0, 1024));
      const rest = () => response.end(body.subarray(1024));
      held.push(rest);
      setTimeout(() => held.includes(rest) && release(), 5000);
      return;
    }
    case '/__release':
      release();
      return send(response, 200, 'true', 'application/json');
    case '/slow.json': {
      const delay = Math.min(Number(url.searchParams.get('ms') ?? 600), 5000);
      setTimeout(() => send(response, 200, json(montreal2023), 'application/json'), delay);
      return;
    }
    default:
      if (path.startsWith('/flaky/')) {
        return count === 1
          ? send(response, 503, 'Try later', 'text/plain')
          : send(response, 200, json(montreal2023), 'application/json');
      }
      if (/^\/big\/\d+\//.test(path)) {
        const count = Number(path.split('/')[2]);
        const feed = path.endsWith('/schedule.json')
          ? bigPretalxFeed(count)
          : bigSummit(count, path.endsWith('/broken.json'));
        return send(response, 200, json(feed), 'application/json');
      }
      if (/^\/fixtures\/[\w.-]+\.json$/.test(path)) {
        return send(response, 200, fixture(path.slice('/fixtures/'.length)), 'application/json');
      }
      if (path.startsWith('/__304/')) {
        return send(
          response,
          200,
          json(notModified.get(path.slice('/__304'.length)) ?? 0),
          'application/json',
        );
      }
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

function handle(request: IncomingMessage, response: ServerResponse): void {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const path = url.pathname;
  if (path.startsWith('/live/')) return live(path, request, response, url);
  if (!path.startsWith('/__hits/')) hits.set(path, (hits.get(path) ?? 0) + 1);
  route(path.startsWith('/preloaded/') ? path.slice('/preloaded'.length) : path, url, response);
}

function listen(server: Server): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts the agenda data server and finds a dead port; returns the teardown. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = createServer(handle);
  const port = await listen(server);
  const dead = createServer();
  const deadPort = await listen(dead);
  await new Promise((resolve) => dead.close(resolve));
  project.provide('agendaServer', `http://127.0.0.1:${port}`);
  project.provide('agendaDeadUrl', `http://127.0.0.1:${deadPort}/summit.json`);
  return async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  };
}
