import { afterEach, describe, expect, it } from 'vitest';
import {
  BACKGROUND_RENDER_LIMIT,
  FIRST_CARDS,
  MORE_CARDS,
  ProgressiveRendering,
  type CardsLeftOut,
} from '../internal/progressive.js';
import { ControllerHost, pause } from './testing/controller-host.js';

let host: ControllerHost;
afterEach(() => host.disconnect());

/** A host whose renders leave out what `leftOut` says, given the controller's limit. */
function setUp(total: number, background = false) {
  host = new ControllerHost();
  const report = (): CardsLeftOut => ({
    hidden: Math.max(0, total - progressive.limit),
    total,
    background,
  });
  const progressive = new ProgressiveRendering(host, report);
  host.connect();
  return progressive;
}

describe('ProgressiveRendering', () => {
  it('starts with the first cards and adds more in later tasks until a small list is whole', async () => {
    const progressive = setUp(400);
    expect(progressive.limit).toBe(FIRST_CARDS);
    host.update();
    expect(progressive.limit, 'not within the same task').toBe(FIRST_CARDS);
    await pause(0);
    expect(progressive.limit).toBe(FIRST_CARDS + MORE_CARDS);
    expect(host.updates).toBe(1);
    while (progressive.limit < 400) {
      host.update();
      await pause(0);
    }
    const updates = host.updates;
    host.update();
    await pause(10);
    expect(host.updates, 'nothing left out, nothing planned').toBe(updates);
  });

  it('waits for the "show more" button to near the viewport past the background limit', async () => {
    const progressive = setUp(BACKGROUND_RENDER_LIMIT + 1);
    const more = document.createElement('button');
    more.className = 'more';
    // Far below the viewport: the observer does not fire.
    more.style.cssText = 'position: absolute; top: 10000vh';
    host.renderRoot.append(more);
    host.update();
    await pause(100);
    expect(progressive.limit).toBe(FIRST_CARDS);
    // Brought into view: the next cards come.
    more.style.top = '0';
    await pause(100);
    expect(progressive.limit).toBe(FIRST_CARDS + MORE_CARDS);
  });

  it('completes a grid day in the background however crowded', async () => {
    const progressive = setUp(BACKGROUND_RENDER_LIMIT * 2, true);
    host.update();
    await pause(0);
    expect(progressive.limit).toBe(FIRST_CARDS + MORE_CARDS);
  });

  it('restarts a new list from its first cards, unless it grew in the same update', () => {
    const progressive = setUp(400);
    progressive.grow(300);
    progressive.restart();
    expect(progressive.limit, 'grown in this update').toBe(300);
    host.update();
    progressive.restart();
    expect(progressive.limit).toBe(FIRST_CARDS);
  });

  it('plans nothing once its host has left the page', async () => {
    const progressive = setUp(400);
    host.update();
    host.disconnect();
    await pause(10);
    expect(progressive.limit).toBe(FIRST_CARDS);
    host.connect();
  });
});
