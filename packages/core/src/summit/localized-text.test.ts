import { describe, expect, it } from 'vitest';
import { localize } from './localized-text.js';

describe('localize', () => {
  it('returns a plain string in every language', () => {
    expect(localize('Montréal', 'fr')).toBe('Montréal');
    expect(localize('Montréal', 'en')).toBe('Montréal');
  });

  it('picks the requested language', () => {
    const text = { fr: 'Économie circulaire', en: 'Circular economy' };
    expect(localize(text, 'fr')).toBe('Économie circulaire');
    expect(localize(text, 'en')).toBe('Circular economy');
  });

  it('falls back to the other language when one is missing or empty', () => {
    expect(localize({ fr: 'Numérisation' }, 'en')).toBe('Numérisation');
    expect(localize({ fr: '', en: 'Digitalization' }, 'fr')).toBe('Digitalization');
  });

  it('gives an empty string for missing text', () => {
    expect(localize(undefined, 'fr')).toBe('');
  });
});
