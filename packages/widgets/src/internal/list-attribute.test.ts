import { describe, expect, it } from 'vitest';
import { listAttribute } from './list-attribute.js';

describe('listAttribute', () => {
  it('reads words separated by spaces, commas or both, leaving out empty ones', () => {
    expect(listAttribute('economie-sociale  numerique,leadership , ')).toEqual([
      'economie-sociale',
      'numerique',
      'leadership',
    ]);
  });

  it('reads a missing or empty attribute as an empty list', () => {
    expect(listAttribute(null)).toEqual([]);
    expect(listAttribute('')).toEqual([]);
    expect(listAttribute(' , ')).toEqual([]);
  });
});
