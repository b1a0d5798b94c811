import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEMBER_KINDS } from '../summit/checks.js';
import { isListedMember } from './listed.js';

describe('isListedMember', () => {
  it('lists a person only after an explicit agreement', () => {
    expect(isListedMember({ kind: 'individual', listed: true })).toBe(true);
    expect(isListedMember({ kind: 'individual', listed: false })).toBe(false);
    expect(isListedMember({ kind: 'individual' })).toBe(false);
  });

  it('lists an organisation, or a member of unknown kind, unless it declined', () => {
    for (const kind of [undefined, 'cooperative', 'mutual', 'academic', 'other'] as const) {
      expect(isListedMember({ kind })).toBe(true);
      expect(isListedMember({ kind, listed: true })).toBe(true);
      expect(isListedMember({ kind, listed: false })).toBe(false);
    }
  });

  it('never lists anyone who said no, and lists anyone who said yes', () => {
    fc.assert(
      fc.property(fc.option(fc.constantFrom(...MEMBER_KINDS), { nil: undefined }), (kind) => {
        expect(isListedMember({ kind, listed: false })).toBe(false);
        expect(isListedMember({ kind, listed: true })).toBe(true);
      }),
    );
  });
});
