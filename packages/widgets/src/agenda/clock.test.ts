import { afterEach, describe, expect, it } from 'vitest';
import { Clock } from './clock.js';
import { ControllerHost, pause } from './testing/controller-host.js';

let host: ControllerHost;
afterEach(() => host.disconnect());

describe('Clock', () => {
  it('reads the time on each tick and asks its host to render', async () => {
    host = new ControllerHost();
    const clock = new Clock(host, () => '', 20);
    const first = clock.now;
    expect(Math.abs(first - Date.now())).toBeLessThan(1000);
    host.connect();
    await pause(70);
    expect(host.updates).toBeGreaterThanOrEqual(2);
    expect(clock.now).toBeGreaterThan(first);
  });

  it('gives a fixed instant when one reads as a date, and does not tick then', async () => {
    host = new ControllerHost();
    let fixed = '2023-05-16T10:00:00-04:00';
    const clock = new Clock(host, () => fixed, 20);
    host.connect();
    expect(clock.now).toBe(Date.parse('2023-05-16T14:00:00Z'));
    await pause(70);
    expect(host.updates).toBe(0);
    // A value that is not a date falls back on the clock.
    fixed = 'tomorrow';
    expect(Math.abs(clock.now - Date.now())).toBeLessThan(1000);
  });

  it('stops ticking when its host leaves the page', async () => {
    host = new ControllerHost();
    new Clock(host, () => '', 20);
    host.connect();
    host.disconnect();
    await pause(70);
    expect(host.updates).toBe(0);
    host.connect();
  });
});
