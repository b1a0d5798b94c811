/**
 * A shared practice the server acknowledged (201) is on disk: many visitors submit at once, the
 * server is killed with SIGKILL in the middle (no chance to close or flush anything), and once
 * it is started again on the same data directory, every acknowledged submission is there,
 * waiting for moderation, and numbering goes on without reusing a number.
 */
import { expect, it } from 'vitest';
import { PracticeStore } from '../src/practice-store.js';
import { startDemo } from './support/demo.js';
import { useFreshDemo } from './support/fresh-demo.js';
import { post, submission } from './support/practices.js';

const fresh = useFreshDemo({ session: false });

/** Visitors, each from a loopback address of their own, so the rate limit sees them apart. */
const VISITORS = 60;

it('loses no acknowledged submission when the server is killed mid-way and restarted', async () => {
  const origin = fresh.demo.origin;
  const acknowledged = new Map<number, string>();
  let failed = 0;
  let killing: Promise<void> | undefined;

  const sends = Array.from({ length: VISITORS }, async (_, index) => {
    const title = `Pratique simultanée n° ${index + 1}`;
    // Visitors arrive a few milliseconds apart, so some are still on their way when the server
    // dies, however fast it answers the first ones.
    await new Promise((resolve) => setTimeout(resolve, index * 10));
    try {
      const answer = await post(origin, submission({ title }), `127.0.1.${index + 1}`);
      if (answer.status === 201) {
        acknowledged.set((answer.body as { id: number }).id, title);
        // A third of the way through the acknowledgements, the server dies.
        if (acknowledged.size === VISITORS / 3) killing ??= fresh.demo.kill();
      }
    } catch {
      failed += 1; // the connection died with the server: never acknowledged
    }
  });
  await Promise.all(sends);
  await killing;

  expect(acknowledged.size).toBeGreaterThanOrEqual(VISITORS / 3);
  // The kill landed while submissions were still coming in.
  expect(failed).toBeGreaterThan(0);

  fresh.demo = await startDemo({ dataDir: fresh.data.dir, port: fresh.demo.port });
  const store = PracticeStore.open(fresh.data.dir, { readonly: true });
  try {
    const kept = new Map(store.list().map((row) => [row.id, row]));
    for (const [id, title] of acknowledged) {
      expect(kept.get(id), `acknowledged #${id}`).toMatchObject({
        status: 'submitted',
        submission: { title },
      });
    }
  } finally {
    store.close();
  }

  // The restarted server takes new submissions after the last number kept.
  const after = await post(fresh.demo.origin, submission({ title: 'Après le redémarrage' }));
  expect(after.status).toBe(201);
  expect((after.body as { id: number }).id).toBeGreaterThan(Math.max(...acknowledged.keys()));
});
