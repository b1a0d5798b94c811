/**
 * The demo's settings, from the environment, with defaults that make `npm run demo` work with
 * nothing set.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** `apps/demo/.data/`, wherever the command was run from (gitignored). */
export const DEFAULT_DATA_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../.data',
);

export interface DemoConfig {
  /** `PORT`, default 4173; `0` picks a free port (the tests do). */
  port: number;
  /** `HOST`, default 127.0.0.1: a demo has no business listening on the network. */
  host: string;
  /** `GICS_DEMO_DATA_DIR`, default `apps/demo/.data/`. */
  dataDir: string;
}

export function readConfig(env: NodeJS.ProcessEnv): DemoConfig {
  const port = env.PORT === undefined || env.PORT === '' ? 4173 : Number(env.PORT);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be a port number (0–65535), not "${env.PORT}".`);
  }
  return {
    port,
    host: env.HOST || '127.0.0.1',
    dataDir: path.resolve(env.GICS_DEMO_DATA_DIR || DEFAULT_DATA_DIR),
  };
}
