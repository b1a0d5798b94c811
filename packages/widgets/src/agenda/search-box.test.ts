import { describe, expect, it } from 'vitest';
import { SearchBox } from '../internal/search-box.js';
import { ControllerHost, pause } from './testing/controller-host.js';

describe('SearchBox', () => {
  it('counts as typing until the keystrokes pause, then asks its host to render', async () => {
    const host = new ControllerHost();
    const search = new SearchBox(host, 40);
    search.typed('c');
    await pause(20);
    search.typed('co');
    await pause(25);
    expect(search.typing, 'each keystroke waits again').toBe(true);
    expect(host.updates).toBe(0);
    await pause(40);
    expect(search.typing).toBe(false);
    expect(search.text).toBe('co');
    expect(host.updates).toBe(1);
  });

  it('shows a given text without typing, and forgets a pending pause', async () => {
    const host = new ControllerHost();
    const search = new SearchBox(host, 20);
    search.typed('climat');
    search.reset('finance');
    expect(search).toMatchObject({ text: 'finance', typing: false });
    await pause(40);
    expect(host.updates).toBe(0);
    search.reset();
    expect(search.text).toBe('');
  });

  it('stops waiting when its host leaves the page', async () => {
    const host = new ControllerHost();
    const search = new SearchBox(host, 20);
    host.connect();
    search.typed('x');
    host.disconnect();
    await pause(40);
    expect(host.updates).toBe(0);
  });
});
