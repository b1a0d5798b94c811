import { describe, expect, it } from 'vitest';
import { isSafeUrl } from './checks.js';
import { isWebUrl, parseWebUrl } from './web-url.js';

describe('web addresses', () => {
  it('takes http and https only', () => {
    expect(isWebUrl(new URL('https://coop.example/atelier'))).toBe(true);
    expect(isWebUrl(new URL('http://coop.example'))).toBe(true);
    for (const other of ['mailto:info@coop.example', 'javascript:alert(1)', 'data:text/html,x']) {
      expect(isWebUrl(new URL(other))).toBe(false);
    }
  });

  it('parses a web address, resolving a relative one against its base', () => {
    expect(parseWebUrl('https://coop.example/a')?.href).toBe('https://coop.example/a');
    expect(parseWebUrl('/ateliers/1', 'https://coop.example/programme/')?.href).toBe(
      'https://coop.example/ateliers/1',
    );
    expect(parseWebUrl('/ateliers/1')).toBeUndefined();
    expect(parseWebUrl('javascript:alert(1)', 'https://coop.example/')).toBeUndefined();
    expect(parseWebUrl(' JavaScript:alert(1)', 'https://coop.example/')).toBeUndefined();
  });

  it('lets a summit link also be an email address', () => {
    expect(isSafeUrl('mailto:info@coop.example')).toBe(true);
    expect(isSafeUrl('https://coop.example')).toBe(true);
    expect(isSafeUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeUrl('/relative')).toBe(false);
  });
});
