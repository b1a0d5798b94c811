import { describe, expect, it } from 'vitest';
import { compareProgrammes } from '@gics/core/agenda';
import { parseSummit } from '@gics/core';
import { montreal2023 } from '@gics/core/samples/montreal-2023';
import type { Summit, Workshop } from '@gics/core/summit';
import { announceChanges, markChanges } from './refresh.js';
import { NO_CHANGES } from './view-model.js';

const parsed = parseSummit(montreal2023);
if (!parsed.ok) throw new Error('The sample summit does not parse.');
const before = parsed.summit;
const [kept, moved, cancelled, removed, edited] = before.workshops as [
  Workshop,
  Workshop,
  Workshop,
  Workshop,
  Workshop,
];
const added: Workshop = { ...kept, id: 'new-one', title: { fr: 'Atelier neuf', en: 'New one' } };

/** The sample programme with one workshop moved, one cancelled, one taken out, one edited, one added. */
const after: Summit = {
  ...before,
  workshops: [
    ...before.workshops
      .filter((workshop) => workshop !== removed)
      .map((workshop) =>
        workshop === moved
          ? {
              ...workshop,
              start: workshop.end,
              end: new Date(Date.parse(workshop.end) + 3_600_000).toISOString(),
            }
          : workshop === cancelled
            ? { ...workshop, status: 'cancelled' as const }
            : workshop === edited
              ? { ...workshop, title: { fr: 'Titre revu', en: 'Title revised' } }
              : workshop,
      ),
    added,
  ],
};
const changes = compareProgrammes(before, after);

describe('markChanges', () => {
  it('marks moved, edited and added workshops until the given instant, and keeps those taken out', () => {
    const marks = markChanges(NO_CHANGES, changes, 1_000, before);
    expect(Object.fromEntries(marks.marks)).toEqual({
      [moved.id]: {
        kind: 'moved',
        until: 1_000,
        // Where it was, its room read from the programme it was in.
        from: {
          start: moved.start,
          end: moved.end,
          room: { key: 'Salle Érable', name: { fr: 'Salle Érable', en: 'Maple Room' } },
        },
      },
      [edited.id]: { kind: 'edited', until: 1_000 },
      [added.id]: { kind: 'added', until: 1_000 },
    });
    expect([...marks.removed.keys()]).toEqual([removed.id]);
    expect(NO_CHANGES.marks.size, 'the marks shown are left as they were').toBe(0);
  });

  it('says where a workshop moved twice was before its latest move', () => {
    const earlier = markChanges(NO_CHANGES, changes, 1_000, before);
    const [movedAfter] = changes.moved.map(({ after: workshop }) => workshop);
    const later = {
      ...after,
      workshops: after.workshops.map((workshop) =>
        workshop.id === moved.id
          ? { ...workshop, start: workshop.end, end: '2023-05-16T15:00:00-04:00', room: 'Annexe' }
          : workshop,
      ),
    };
    const marks = markChanges(earlier, compareProgrammes(after, later), 2_000, after);
    expect(marks.marks.get(moved.id)).toEqual({
      kind: 'moved',
      until: 2_000,
      from: {
        start: movedAfter!.start,
        end: movedAfter!.end,
        room: { key: 'Salle Érable', name: { fr: 'Salle Érable', en: 'Maple Room' } },
      },
    });
  });

  it('keeps earlier marks, and drops those of workshops cancelled or taken out since', () => {
    const earlier = markChanges(NO_CHANGES, changes, 1_000);
    const again = compareProgrammes(after, {
      ...after,
      workshops: after.workshops
        .filter((workshop) => workshop.id !== added.id)
        .map((workshop) =>
          workshop.id === moved.id ? { ...workshop, status: 'cancelled' as const } : workshop,
        ),
    });
    const marks = markChanges(earlier, again, 2_000);
    expect(Object.fromEntries(marks.marks)).toEqual({
      [edited.id]: { kind: 'edited', until: 1_000 },
    });
    expect([...marks.removed.keys()].sort()).toEqual([removed.id, added.id].sort());
  });
});

describe('announceChanges', () => {
  it('counts each kind of change and the visitor’s favourites among them, in English and French', () => {
    expect(changes.moved).toHaveLength(1);
    const favourites = new Set([moved.id, removed.id, edited.id]);
    expect(announceChanges(changes, favourites, 'en')).toBe(
      'Programme updated: 1 workshop moved, 1 cancelled, 1 added, 1 removed, 1 changed, 2 of them are in your agenda.',
    );
    expect(announceChanges(changes, new Set(), 'fr')).toBe(
      'Programme mis à jour\u00a0: 1\u00a0atelier déplacé, 1 annulé, 1 ajouté, 1 retiré, 1 modifié.',
    );
  });
});
