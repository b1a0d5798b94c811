/**
 * `npm run demo`: starts the example co-op site and stops it cleanly on Ctrl+C or SIGTERM, so
 * the database is closed and the port freed before the process ends.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from './config.js';
import { createDemoServer, VENDOR_DIR } from './server.js';

const config = readConfig(process.env);
const log = (line: string) => console.log(`[demo] ${line}`);

if (!existsSync(path.join(VENDOR_DIR, 'gics.js'))) {
  console.warn(
    `[demo] ${VENDOR_DIR}/gics.js is missing: the pages will show no widgets. ` +
      'Build them first: npx turbo run build --filter=@gics/widgets',
  );
}

const demo = createDemoServer({ dataDir: config.dataDir, log });
let port: number;
try {
  port = await demo.listen(config.port, config.host);
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  console.error(
    code === 'EADDRINUSE'
      ? `[demo] Port ${config.port} is already in use: stop the other server or set PORT.`
      : `[demo] Could not start: ${String(error)}`,
  );
  demo.store.close();
  process.exit(1);
}

const shown = config.host === '127.0.0.1' || config.host === '::1' ? 'localhost' : config.host;
// The tests read the port from this line: keep "listening on <url>" in it.
log(`Coopérative Exemple listening on http://${shown}:${port}/`);
log(`subscribers stored in ${demo.store.file}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping`);
  await demo.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
