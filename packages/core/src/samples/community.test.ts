import { describe, expect, it } from 'vitest';
import { isListedMember } from '../community/listed.js';
import { parseCommunity } from '../community/community.js';
import { Community } from '../community/community.schema.js';
import type { LocalizedText } from '../summit/localized-text.js';
import { gicsCommunity } from './community.js';

const THEMES = ['leadership-cooperatif', 'economie-circulaire', 'numerisation'];

function parsed() {
  const result = parseCommunity(gicsCommunity);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.community;
}

/** Every `LocalizedText` of the sample, with where it is. */
function texts(): Array<[string, LocalizedText]> {
  const community = parsed();
  const found: Array<[string, LocalizedText]> = [['name', community.name]];
  if (community.description) found.push(['description', community.description]);
  for (const theme of community.themes) {
    found.push([`${theme.id}.name`, theme.name]);
    if (theme.description) found.push([`${theme.id}.description`, theme.description]);
  }
  for (const member of community.members) {
    if (member.bio) found.push([`${member.id}.bio`, member.bio]);
    member.links.forEach(
      (link, at) => link.title && found.push([`${member.id}.links[${at}]`, link.title]),
    );
  }
  for (const practice of community.practices) {
    for (const key of ['title', 'summary', 'body'] as const) {
      const text = practice[key];
      if (text) found.push([`${practice.id}.${key}`, text]);
    }
    practice.links.forEach(
      (link, at) => link.title && found.push([`${practice.id}.links[${at}]`, link.title]),
    );
  }
  return found;
}

describe('the community sample', () => {
  it('is valid for the zod schema and for the reader, with no warning in either mode', () => {
    expect(Community.safeParse(gicsCommunity).success).toBe(true);
    expect(parseCommunity(gicsCommunity)).toMatchObject({ ok: true, warnings: [] });
    expect(parseCommunity(gicsCommunity, { mode: 'lenient' })).toMatchObject({
      ok: true,
      warnings: [],
    });
  });

  it('holds about thirty practices over the three GICS themes and about twenty members', () => {
    const community = parsed();
    expect(community.themes.map(({ id }) => id)).toEqual(THEMES);
    expect(community.practices.length).toBeGreaterThanOrEqual(28);
    expect(community.members.length).toBeGreaterThanOrEqual(18);
    for (const theme of THEMES) {
      const onTheme = community.practices.filter((practice) => practice.themeIds.includes(theme));
      expect([theme, onTheme.length >= 8]).toEqual([theme, true]);
    }
    for (const practice of community.practices) {
      expect([practice.id, practice.authorIds.length > 0]).toEqual([practice.id, true]);
    }
  });

  it('gives every text in French and in English', () => {
    for (const [where, text] of texts()) {
      expect([where, typeof text]).toEqual([where, 'object']);
      const { fr, en } = text as { fr?: string; en?: string };
      expect([where, Boolean(fr?.trim() && en?.trim())]).toEqual([where, true]);
    }
  });

  it('has every kind of member, across continents, some on the map', () => {
    const members = parsed().members;
    const kinds = new Set(members.map((member) => member.kind));
    expect([...kinds].sort()).toEqual(['academic', 'cooperative', 'individual', 'mutual', 'other']);
    expect(new Set(members.map((member) => member.country)).size).toBeGreaterThanOrEqual(12);
    expect(members.filter((member) => member.location).length).toBeGreaterThanOrEqual(8);
  });

  it('lists only the people who agreed, and credits the others on their practices', () => {
    const community = parsed();
    const people = community.members.filter((member) => member.kind === 'individual');
    const unlisted = people.filter((member) => !isListedMember(member));
    expect(unlisted.map(({ listed }) => listed)).toEqual(
      expect.arrayContaining([false, undefined]),
    );
    expect(people.some(isListedMember)).toBe(true);
    for (const person of unlisted) {
      expect(community.practices.some((practice) => practice.authorIds.includes(person.id))).toBe(
        true,
      );
    }
  });

  it('sends visitors only to example addresses', () => {
    const json = JSON.stringify(gicsCommunity);
    for (const [url] of json.matchAll(/https?:\/\/[^"\s)]+/g)) {
      expect(new URL(url).hostname).toMatch(/(^|\.)example\.(org|net)$/);
    }
  });
});
