import type { Member } from '../summit/summit.schema.js';

/**
 * Whether a directory, a map or an export may show `member`. A person (`kind: 'individual'`)
 * appears only after agreeing to (`listed: true`); an organisation, or a member whose kind the
 * data does not give, appears unless it declined (`listed: false`). Every list of members the
 * kit shows or exports goes through this one test.
 *
 * @example
 * const directory = community.members.filter(isListedMember);
 */
export function isListedMember(member: Pick<Member, 'kind' | 'listed'>): boolean {
  return member.kind === 'individual' ? member.listed === true : member.listed !== false;
}
