import { describe, expect, it } from 'vitest';
import { localTimeZone, resolveTimeZone } from './time-zone.js';

describe('resolveTimeZone', () => {
  const visitor = Intl.DateTimeFormat().resolvedOptions().timeZone;

  it('shows the event’s zone by default, and for anything the browser does not know', () => {
    for (const requested of ['event', '', 'Mars/Olympus_Mons']) {
      expect(resolveTimeZone(requested, 'America/Toronto')).toBe('America/Toronto');
    }
  });

  it('shows the visitor’s zone for local, and when the event names none', () => {
    expect(localTimeZone()).toBe(visitor);
    expect(resolveTimeZone('local', 'America/Toronto')).toBe(visitor);
    expect(resolveTimeZone('event', undefined)).toBe(visitor);
  });

  it('shows a zone it is given by name', () => {
    expect(resolveTimeZone('Europe/Paris', 'America/Toronto')).toBe('Europe/Paris');
    expect(resolveTimeZone('Asia/Tokyo', undefined)).toBe('Asia/Tokyo');
  });
});
