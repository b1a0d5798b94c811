/**
 * Runs the real demo server, `src/main.ts`, as `npm run demo` does (a separate Node process with
 * tsx), configured only through its environment: `PORT` (0 picks a free port) and
 * `GICS_DEMO_DATA_DIR`. Stopping it sends SIGTERM, like Ctrl+C, and waits for the process to end.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const APP_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const STARTUP_TIMEOUT = 30_000;

export interface RunningDemo {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  dataDir: string;
  /** Everything the process printed so far, for failure messages. */
  output(): string;
  /** SIGTERM, then the exit code once the process has ended. */
  stop(): Promise<number | null>;
  /** SIGKILL (no chance to close anything, as in a crash); resolves once the process has ended. */
  kill(): Promise<void>;
}

/** A fresh, empty data directory; `remove` deletes it. */
export async function temporaryDataDir(): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'gics-demo-test-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

function exited(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once('exit', (code) => resolve(code)));
}

export async function startDemo(options: { dataDir: string; port?: number }): Promise<RunningDemo> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: APP_DIR,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      GICS_DEMO_DATA_DIR: options.dataDir,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // However the test run ends (a failed hook, Ctrl+C in watch mode), no server outlives it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`The demo did not start within ${STARTUP_TIMEOUT} ms:\n${output}`));
    }, STARTUP_TIMEOUT);
    const onData = () => {
      const match = /listening on http:\/\/[^\s/]+:(\d+)\//.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      resolve(Number(match[1]));
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The demo exited (${code}) before listening:\n${output}`));
    });
  });

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    dataDir: options.dataDir,
    output: () => output,
    async stop() {
      const done = exited(child);
      child.kill('SIGTERM');
      return done;
    },
    async kill() {
      const done = exited(child);
      child.kill('SIGKILL');
      await done;
    },
  };
}
