import { describe, expect, it } from 'vitest';
import type { Summit } from '@gics/core/summit';
import type { LoadOutcome } from './load.js';
import { SummitLoad } from './load-controller.js';
import { ControllerHost } from './testing/controller-host.js';

/** A read that resolves when the test says, and rejects when its signal aborts, as a fetch does. */
function deferredRead() {
  let settle!: (outcome: LoadOutcome) => void;
  let signal!: AbortSignal;
  const read = (given: AbortSignal) => {
    signal = given;
    return new Promise<LoadOutcome>((resolve, reject) => {
      settle = resolve;
      given.addEventListener('abort', () => reject(given.reason));
    });
  };
  return { read, settle: (outcome: LoadOutcome) => settle(outcome), signal: () => signal };
}

const summit = { id: 'test', workshops: [] } as unknown as Summit;
const ready: LoadOutcome = { ok: true, summit, format: 'gics', warnings: [] };

describe('SummitLoad', () => {
  it('shows loading while it fetches, then ready with the summit', async () => {
    const host = new ControllerHost();
    const load = new SummitLoad(host);
    const settled: LoadOutcome[] = [];
    const fetch = deferredRead();
    const done = load.run(fetch.read, true, (outcome) => settled.push(outcome));
    expect(load.status).toBe('loading');
    expect(host.updates).toBe(1);
    fetch.settle(ready);
    await done;
    expect(load.status).toBe('ready');
    expect(load.summit).toBe(summit);
    expect(settled).toEqual([ready]);
    expect(host.updates).toBe(2);
  });

  it('does not show loading for a summit given as an object', async () => {
    const host = new ControllerHost();
    const load = new SummitLoad(host);
    const given = deferredRead();
    const done = load.run(given.read, false, () => {});
    expect(load.status).toBe('idle');
    expect(host.updates).toBe(0);
    given.settle(ready);
    await done;
    expect(load.status).toBe('ready');
  });

  it('aborts the load under way when a new one starts, and settles only the newer', async () => {
    const load = new SummitLoad(new ControllerHost());
    const settled: string[] = [];
    const older = deferredRead();
    const first = load.run(older.read, true, () => settled.push('older'));
    const newer = deferredRead();
    const second = load.run(newer.read, true, () => settled.push('newer'));
    expect(older.signal().aborted).toBe(true);
    newer.settle({ ok: false, kind: 'not-found', status: 404 });
    await Promise.all([first, second]);
    expect(settled).toEqual(['newer']);
    expect(load.status).toBe('error');
    expect(load.errorKind).toBe('not-found');
    expect(load.summit).toBeUndefined();
  });

  it('ignores an older load that settles late without noticing its abort', async () => {
    const load = new SummitLoad(new ControllerHost());
    const settled: string[] = [];
    let late!: (outcome: LoadOutcome) => void;
    const first = load.run(
      () => new Promise<LoadOutcome>((resolve) => (late = resolve)),
      false,
      () => settled.push('older'),
    );
    const second = load.run(undefined, false, () => settled.push('newer'));
    late(ready);
    await Promise.all([first, second]);
    expect(settled).toEqual([]);
    expect(load.status).toBe('idle');
  });

  it('aborts the load under way when its host leaves the page', async () => {
    const host = new ControllerHost();
    const load = new SummitLoad(host);
    const fetch = deferredRead();
    const settled: LoadOutcome[] = [];
    const done = load.run(fetch.read, true, (outcome) => settled.push(outcome));
    host.disconnect();
    await done;
    expect(fetch.signal().aborted).toBe(true);
    expect(settled).toEqual([]);
    expect(load.status).toBe('loading');
  });
});
