import { describe, expect, it } from 'vitest';
import { parseSummit } from '../summit/worded.js';
import type { Summit, WorkshopInput } from '../summit/summit.schema.js';
import { compareProgrammes, hasProgrammeChanges } from './changes.js';

const base = (id: string, extra: Partial<WorkshopInput> = {}): WorkshopInput => ({
  id,
  title: { fr: `Atelier ${id}`, en: `Workshop ${id}` },
  start: '2023-05-16T09:00:00-04:00',
  end: '2023-05-16T10:00:00-04:00',
  roomId: 'a',
  ...extra,
});

function summit(workshops: WorkshopInput[]): Summit {
  const result = parseSummit({
    id: 's',
    name: 'S',
    year: 2023,
    timeZone: 'America/Montreal',
    startDate: '2023-05-16',
    endDate: '2023-05-16',
    rooms: [
      { id: 'a', name: 'Salle A' },
      { id: 'b', name: 'Salle B' },
    ],
    workshops,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.summit;
}

describe('compareProgrammes', () => {
  it('finds nothing between two readings of the same data', () => {
    const workshops = [base('w1'), base('w2', { status: 'cancelled' })];
    const changes = compareProgrammes(summit(workshops), summit(workshops));
    expect(hasProgrammeChanges(changes)).toBe(false);
  });

  it('tells added, removed, cancelled, moved (time or room) and edited workshops apart', () => {
    const before = summit([
      base('same'),
      base('gone'),
      base('later'),
      base('elsewhere'),
      base('off'),
      base('renamed'),
      // The same instant written with another offset is not a move.
      base('utc', { start: '2023-05-16T09:00:00-04:00', end: '2023-05-16T10:00:00-04:00' }),
    ]);
    const after = summit([
      base('new'),
      base('same'),
      base('later', { start: '2023-05-16T14:00:00-04:00', end: '2023-05-16T15:00:00-04:00' }),
      base('elsewhere', { roomId: 'b' }),
      base('off', {
        status: 'cancelled',
        start: '2023-05-16T11:00:00-04:00',
        end: '2023-05-16T12:00:00-04:00',
      }),
      base('renamed', { title: 'Un autre titre' }),
      base('utc', { start: '2023-05-16T13:00:00Z', end: '2023-05-16T14:00:00Z' }),
    ]);
    const changes = compareProgrammes(before, after);
    const ids = (list: ReadonlyArray<{ id: string } | { after: { id: string } }>) =>
      list.map((each) => ('after' in each ? each.after.id : each.id));
    expect(ids(changes.added)).toEqual(['new']);
    expect(ids(changes.removed)).toEqual(['gone']);
    expect(ids(changes.cancelled)).toEqual(['off']);
    expect(ids(changes.moved)).toEqual(['later', 'elsewhere']);
    expect(ids(changes.edited)).toEqual(['renamed']);
    expect(changes.moved[0]!.before.start).toBe('2023-05-16T09:00:00-04:00');
    expect(hasProgrammeChanges(changes)).toBe(true);
  });
});
