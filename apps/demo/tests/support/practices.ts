/**
 * What the practices tests share: a valid submission as the form sends it, a client that posts
 * from a chosen loopback address (the whole 127.0.0.0/8 is this machine, so each address is a
 * visitor of its own to the rate limit), and the moderation command run as `npm run moderate`
 * runs it.
 */
import { spawn } from 'node:child_process';
import { request } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createConsentRecord } from '@gics/core/newsletter';
import type { PracticeSubmission } from '@gics/core/community';

const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A valid submission, written for these tests; `changes` replace its fields. */
export function submission(changes: Partial<PracticeSubmission> = {}): PracticeSubmission {
  return {
    language: 'fr',
    title: 'Une remorque partagée entre trois coopératives',
    summary: 'Trois coopératives voisines achètent et entretiennent ensemble une remorque.',
    body: 'Nous la réservons dans un calendrier commun.\n\n- un fonds d’entretien\n- des règles **simples**',
    themeIds: ['economie-circulaire'],
    languages: ['fr'],
    links: [{ url: 'https://remorque.example/guide', title: 'Le guide' }],
    author: {
      name: 'Odile Ferland-Batista',
      organisation: 'Coop du Vieux-Quai',
      kind: 'cooperative',
      country: 'CA',
    },
    contactEmail: 'odile@vieux-quai.example',
    consent: createConsentRecord({
      statement: 'J’accepte que cette pratique soit publiée. Après examen par Coopérative Exemple…',
      language: 'fr',
      pageUrl: 'http://127.0.0.1/fr/pratiques/',
    }),
    ...changes,
  };
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

/**
 * Sends one request to the demo from `localAddress` (default 127.0.0.1). Rejects when the
 * connection fails or drops before an answer.
 */
export function send(
  origin: string,
  options: {
    method?: string;
    path?: string;
    body?: string;
    contentType?: string;
    localAddress?: string;
  } = {},
): Promise<Answer> {
  const url = new URL(options.path ?? '/api/practices', origin);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: options.method ?? 'POST',
        localAddress: options.localAddress ?? '127.0.0.1',
        headers: {
          ...(options.body === undefined
            ? {}
            : { 'content-type': options.contentType ?? 'application/json' }),
          connection: 'close',
        },
      },
      (incoming) => {
        let text = '';
        incoming.setEncoding('utf8');
        incoming.on('data', (chunk: string) => (text += chunk));
        incoming.on('error', reject);
        incoming.on('end', () => {
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : undefined;
          } catch {
            // Not JSON: kept as text.
          }
          resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body });
        });
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** Posts `value` as JSON to `/api/practices`. */
export function post(origin: string, value: unknown, localAddress?: string): Promise<Answer> {
  return send(origin, { body: JSON.stringify(value), ...(localAddress ? { localAddress } : {}) });
}

/** `npm run moderate -- …args` against `dataDir`: its exit code and what it printed. */
export function moderate(
  dataDir: string,
  ...args: string[]
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/moderate.ts', ...args], {
      cwd: APP_DIR,
      env: { ...process.env, GICS_DEMO_DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, stdout, stderr }));
  });
}
