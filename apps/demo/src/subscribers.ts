/**
 * `npm run subscribers`: prints the stored subscribers and their consent records as JSON, to
 * see what the demo kept without an SQLite client. Reads `GICS_DEMO_DATA_DIR` like the server.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { readConfig } from './config.js';
import { DATABASE_FILE, SubscriberStore } from './store.js';

const { dataDir } = readConfig(process.env);
if (!existsSync(path.join(dataDir, DATABASE_FILE))) {
  console.error(`No subscribers yet: ${path.join(dataDir, DATABASE_FILE)} does not exist.`);
  process.exit(1);
}
const store = SubscriberStore.open(dataDir, { readonly: true });
try {
  console.log(JSON.stringify(store.list(), null, 2));
} finally {
  store.close();
}
