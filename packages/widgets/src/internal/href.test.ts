import { describe, expect, it } from 'vitest';
import { safeHref } from './href.js';

describe('safeHref', () => {
  it('keeps web addresses as written, relative ones included', () => {
    for (const url of [
      'https://coop.example/atelier',
      'http://coop.example',
      '/ateliers/1',
      'a?b=c',
    ]) {
      expect(safeHref(url)).toBe(url);
    }
  });

  it('leaves out anything a click would run or open outside the web', () => {
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      'mailto:a@b.example',
      '',
      undefined,
    ]) {
      expect(safeHref(url)).toBeUndefined();
    }
  });
});
