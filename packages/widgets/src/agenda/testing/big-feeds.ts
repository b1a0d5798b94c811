/**
 * Large feeds for the preview's tests (never imported by the library), built on the agenda
 * server (agenda-server.ts): a pretalx widget feed of `talks` talks over 3 days × 6 rooms,
 * listed day after day in turn (the order the page benchmark's feed has), and a GICS summit of
 * the same programme. Titles and names are invented.
 */

const ROOMS = 6;
const DAYS = 3;

/** The talks' instants: 20-minute slots from 8:00 (Paris, UTC+1) on 2030-10-26, 27 and 28. */
function slotOf(index: number): { start: number; end: number } {
  const day = Math.floor(index / ROOMS) % DAYS;
  const slot = Math.floor(index / (ROOMS * DAYS));
  const start = Date.UTC(2030, 9, 26 + day, 7, 0) + slot * 25 * 60_000;
  return { start, end: start + 20 * 60_000 };
}

const iso = (epochMs: number) => new Date(epochMs).toISOString().replace('Z', '+00:00');

/** A pretalx widget feed of `talks` talks. */
export function bigPretalxFeed(talks: number): Record<string, unknown> {
  return {
    version: 'preview-test',
    timezone: 'Europe/Paris',
    event_start: '2030-10-26',
    event_end: '2030-10-28',
    tracks: [1, 2, 3].map((id) => ({ id, name: { en: `Track ${id}`, fr: `Piste ${id}` } })),
    rooms: Array.from({ length: ROOMS }, (_, index) => ({
      id: index + 1,
      name: { en: `Room ${index + 1}`, fr: `Salle ${index + 1}` },
    })),
    speakers: Array.from({ length: 50 }, (_, index) => ({
      code: `SPK${index}`,
      name: `Intervenante fictive ${index}`,
    })),
    talks: Array.from({ length: talks }, (_, index) => {
      const { start, end } = slotOf(index);
      return {
        code: `TALK${index.toString(36).toUpperCase()}`,
        id: index + 1,
        title: `Séance d’essai ${index + 1}`,
        abstract: 'Une séance inventée pour les tests de l’aperçu.',
        speakers: [`SPK${index % 50}`],
        track: 1 + (index % 3),
        start: iso(start),
        end: iso(end),
        room: 1 + (index % ROOMS),
        duration: 20,
      };
    }),
  };
}

/**
 * A GICS summit of `workshops` workshops; `broken`: its `practices` are not a list, which the
 * whole summit's check refuses (the preview, which keeps no practice, is read).
 */
export function bigSummit(workshops: number, broken = false): Record<string, unknown> {
  return {
    id: 'apercu-2030',
    name: { fr: 'Sommet fictif de l’aperçu', en: 'Fictional preview summit' },
    year: 2030,
    timeZone: 'Europe/Paris',
    startDate: '2030-10-26',
    endDate: '2030-10-28',
    themes: [{ id: 'communs', name: { fr: 'Communs', en: 'Commons' }, color: '#1d4ed8' }],
    rooms: Array.from({ length: ROOMS }, (_, index) => ({
      id: `salle-${index + 1}`,
      name: { fr: `Salle ${index + 1}`, en: `Room ${index + 1}` },
    })),
    members: [],
    workshops: Array.from({ length: workshops }, (_, index) => {
      const { start, end } = slotOf(index);
      return {
        id: `atelier-${index + 1}`,
        title: { fr: `Atelier d’essai ${index + 1}`, en: `Trial workshop ${index + 1}` },
        start: iso(start),
        end: iso(end),
        format: 'workshop',
        roomId: `salle-${1 + (index % ROOMS)}`,
        themeIds: ['communs'],
        speakerIds: [],
      };
    }),
    practices: broken ? 'aucune' : [],
  };
}
