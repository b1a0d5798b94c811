/**
 * Runs a command the way a user would in a fresh terminal, and fails with its whole output when
 * it fails: an `npm install` that cannot reach a package or a `tsc` error must be readable from
 * the test report alone.
 */
import { spawn } from 'node:child_process';

/**
 * The environment without npm's `npm_*` variables: under `npm test` they describe the workspace
 * (its prefix, its package), and an `npm install` in the temporary app would inherit them. The
 * cache folder is kept so installs reuse what is already downloaded.
 */
export function cleanEnvironment(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) && key.toLowerCase() !== 'npm_config_cache') continue;
    if (key === 'INIT_CWD') continue;
    env[key] = value;
  }
  env.NO_COLOR = '1';
  return env;
}

export interface RunResult {
  stdout: string;
  stderr: string;
}

export function run(
  command: string,
  args: string[],
  options: { cwd: string; what: string; timeoutMs?: number },
): Promise<RunResult> {
  const timeoutMs = options.timeoutMs ?? 300_000;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: cleanEnvironment(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`${options.what}: could not start \`${command}\`: ${error.message}`));
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) return resolve({ stdout, stderr });
      const why = signal ? `was stopped (${signal}, limit ${timeoutMs} ms)` : `exited with ${code}`;
      reject(
        new Error(
          [
            `${options.what} failed: \`${command} ${args.join(' ')}\` in ${options.cwd} ${why}.`,
            stdout.trim() && `--- stdout ---\n${stdout.trim()}`,
            stderr.trim() && `--- stderr ---\n${stderr.trim()}`,
          ]
            .filter(Boolean)
            .join('\n'),
        ),
      );
    });
  });
}
