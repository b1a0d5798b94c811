/**
 * A congress-sized frab schedule, written by a seeded generator for the agenda's tests: the
 * shape of a large merged schedule (several sub-conferences, 90 rooms, nights that run past
 * midnight), with invented titles and names.
 *
 * What it reproduces, as real merged exports do:
 * - `conference.rooms` lists the main halls first; each day's `rooms` object is keyed by room
 *   name in another order (here: alphabetical), so a grid that sorts by name is wrong;
 * - every day runs from 11:00 to 05:00 the next morning (`day_start`/`day_end`), and a few
 *   sessions start after midnight: they belong to the day before;
 * - abstracts are Markdown (emphasis, links);
 * - sessions are in German or English.
 */

const ZONE_OFFSET = '+01:00';
const DAYS = ['2031-12-27', '2031-12-28', '2031-12-29', '2031-12-30'] as const;
/** Main halls in the organiser's order, then side rooms. */
export const CONGRESS_ROOMS: readonly string[] = [
  'Hall Zero',
  'Hall One',
  'Hall Two',
  'Hall Three',
  ...Array.from({ length: 86 }, (_, index) => `Side room ${String(index + 1).padStart(2, '0')}`),
];

/** A deterministic pseudo-random sequence (mulberry32), so every run sees the same feed. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `date` + `minutes` after its 00:00, as frab's `date` field (with offset). */
function dateTime(date: string, minutes: number): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCMinutes(minutes);
  const iso = day.toISOString().slice(0, 16);
  return `${iso}:00${ZONE_OFFSET}`;
}

export interface CongressFeed {
  /** The frab JSON document. */
  feed: unknown;
  /** How many sessions it holds. */
  sessions: number;
  /** Titles of the sessions that start after midnight, with their conference day. */
  afterMidnight: Array<{ title: string; day: string }>;
}

/** About 1,350 sessions over four conference days in 90 rooms. */
export function congressFeed(): CongressFeed {
  const random = seeded(36);
  const afterMidnight: CongressFeed['afterMidnight'] = [];
  let sessions = 0;
  const days = DAYS.map((date, index) => {
    const rooms: Record<string, unknown[]> = {};
    // Keyed alphabetically on purpose: the organiser's order is in `conference.rooms` only.
    for (const room of [...CONGRESS_ROOMS].sort()) {
      const events: unknown[] = [];
      const main = CONGRESS_ROOMS.indexOf(room) < 4;
      // Main halls from 11:00 to 02:00 (past midnight), side rooms a few sessions each.
      let minute = 11 * 60 + Math.floor(random() * 4) * 15;
      const last = main ? 26 * 60 : 11 * 60 + 60 * (2 + Math.floor(random() * 3));
      while (minute < last) {
        const duration = main ? 40 : 25 + 5 * Math.floor(random() * 8);
        sessions += 1;
        const id = sessions;
        const title = `${main ? 'Plenary talk' : 'Session'} ${id}: ${room}`;
        if (minute >= 24 * 60) afterMidnight.push({ title, day: date });
        events.push({
          guid: `c0ffee00-0000-4000-8000-${String(id).padStart(12, '0')}`,
          // Merged files repeat numeric ids across sub-conferences.
          id: id % 700,
          date: dateTime(date, minute),
          start: `${pad(Math.floor(minute / 60) % 24)}:${pad(minute % 60)}`,
          duration: `${pad(Math.floor(duration / 60))}:${pad(duration % 60)}`,
          room,
          slug: `congress-${id}`,
          url: `https://congress.example.org/talk/${id}/`,
          title,
          subtitle: '',
          track: main ? 'Main track' : 'Community',
          type: 'lecture',
          language: random() < 0.4 ? 'de' : 'en',
          abstract: `An **invented** abstract for session ${id}; see [the notes](https://congress.example.org/notes/${id}).`,
          description: '',
          persons: [
            {
              guid: `face0000-0000-4000-8000-${String(id).padStart(12, '0')}`,
              id: 0,
              public_name: `Speaker ${id}`,
            },
          ],
          links: [],
        });
        minute += duration + (main ? 20 : 5 * Math.floor(random() * 4));
      }
      if (events.length > 0) rooms[room] = events;
    }
    return {
      index: index + 1,
      date,
      day_start: dateTime(date, 11 * 60),
      day_end: dateTime(date, 29 * 60),
      rooms,
    };
  });
  const feed = {
    $schema: 'https://c3voc.de/schedule/schema.json',
    generator: { name: 'invented-congress', version: '1.0' },
    schedule: {
      version: 'test',
      base_url: 'https://congress.example.org/',
      conference: {
        acronym: 'congress-2031',
        title: 'Invented Congress 2031',
        start: DAYS[0],
        end: DAYS[DAYS.length - 1],
        daysCount: DAYS.length,
        timeslot_duration: '00:05',
        time_zone_name: 'Europe/Berlin',
        rooms: CONGRESS_ROOMS.map((name, index) => ({
          name,
          guid: `0000beef-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
        })),
        days,
      },
    },
  };
  return { feed, sessions, afterMidnight };
}
