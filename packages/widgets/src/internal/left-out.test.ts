import { afterEach, describe, expect, it, vi } from 'vitest';
import { warnLeftOut } from './left-out.js';

describe('warnLeftOut', () => {
  afterEach(() => vi.restoreAllMocks());

  it('tells the console which element left out how many records, each with where and why', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnLeftOut('gics-agenda', 'the summit', [
      { where: 'workshops[3]', message: { en: 'The title is missing.' } },
      { where: 'rooms[0].id', message: { en: 'The id is empty.' } },
    ]);
    expect(warn).toHaveBeenCalledOnce();
    expect(warn.mock.calls[0]).toEqual([
      '[gics] <gics-agenda> showed the summit without 2 problem(s) it found in the data:',
      ['workshops[3]: The title is missing.', 'rooms[0].id: The id is empty.'],
    ]);
  });

  it('says nothing when nothing was left out', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    warnLeftOut('gics-practices', 'the library', []);
    expect(warn).not.toHaveBeenCalled();
  });
});
