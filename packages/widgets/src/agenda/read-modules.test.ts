import { describe, expect, it } from 'vitest';
import { looksLikeFeed } from './read-modules.js';

describe('looksLikeFeed', () => {
  it('starts the importer with the fetch when format names a feed, never for a GICS summit', () => {
    expect(looksLikeFeed('/data.json', 'pretalx')).toBe(true);
    expect(looksLikeFeed('/data.json', 'sessionize')).toBe(true);
    expect(looksLikeFeed('/widgets/schedule.json', 'gics')).toBe(false);
  });

  it('knows the addresses pretalx, frab and Sessionize publish their feeds at', () => {
    expect(
      looksLikeFeed('https://pretalx.example/democon/schedule/widgets/schedule.json', 'auto'),
    ).toBe(true);
    expect(
      looksLikeFeed('https://pretalx.example/democon/widgets/schedule.json?lang=fr', undefined),
    ).toBe(true);
    expect(
      looksLikeFeed('https://fahrplan.example/congress/2024/schedule/export/schedule.json', 'auto'),
    ).toBe(true);
    expect(looksLikeFeed('https://sessionize.com/api/v2/abcd1234/view/All', 'auto')).toBe(true);
    expect(looksLikeFeed('/summit.json', 'auto')).toBe(false);
    expect(looksLikeFeed('/sommet/programme.json', undefined)).toBe(false);
  });
});
