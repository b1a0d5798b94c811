/**
 * Congress-like frab and C3VOC v2 documents for the importer tests and benchmarks (never
 * imported by the library), built from a seed so every run sees the same document. They carry
 * the quirks of a real merged schedule: several sub-conferences that reuse numeric person and
 * event ids for different people and sessions, wiki persons with `id: 0`, names with stray
 * spaces, days that run past midnight, rooms listed in an order the days do not follow, and
 * breaks without any key. Titles and names are invented.
 */

/** A session as the generator placed it, to compare an import against. */
export interface GeneratedSession {
  guid: string;
  title: string;
  startMs: number;
  endMs: number;
  room: string;
  /** Speakers' names as the source writes them (trimmed). */
  speakers: string[];
}

export interface GeneratedCongress {
  /** The frab `schedule.json` document. */
  frab: Record<string, unknown>;
  /** The same programme as a C3VOC schedule v2 document. */
  v2: Record<string, unknown>;
  sessions: GeneratedSession[];
  rooms: string[];
}

export interface CongressShape {
  sessions: number;
  rooms: number;
  subConferences: number;
  days: number;
  seed: number;
}

/** A small, seeded pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ra', 'sen', 'tu', 'vel', 'zo', 'an', 'bri', 'dor', 'el'];
const WORDS = [
  'Protokolle',
  'mesh',
  'Lötkolben',
  'cooperativas',
  'archives',
  'radio',
  'Satelliten',
];

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function uuid(next: () => number): string {
  const hex = () => Math.floor(next() * 16).toString(16);
  const part = (length: number) => Array.from({ length }, hex).join('');
  return `${part(8)}-${part(4)}-4${part(3)}-8${part(3)}-${part(12)}`;
}

/** `+01:00` style: the generated congress is in a fixed UTC+1 winter (Europe/Berlin). */
function isoAt(epochMs: number): string {
  const local = new Date(epochMs + 60 * 60_000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00+01:00`;
}

/** Builds a merged congress schedule of the given shape. */
export function makeCongress(shape: CongressShape): GeneratedCongress {
  const next = random(shape.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const name = () => {
    const word = () => {
      const text = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join(
        '',
      );
      return text.charAt(0).toUpperCase() + text.slice(1);
    };
    return `${word()} ${word()}`;
  };
  const rooms = Array.from({ length: shape.rooms }, (_, index) => `Raum ${index + 1}`);
  // Each sub-conference numbers its persons from 1: the same ids, different people.
  const people = Array.from({ length: shape.subConferences }, (_, sub) =>
    Array.from({ length: 40 + sub * 10 }, (_, index) => ({
      id: index + 1,
      guid: uuid(next),
      code: `S${sub}P${index}`,
      name: name(),
      sub,
    })),
  );
  const wiki = Array.from({ length: 60 }, () => ({ id: 0, name: name() }));
  const firstDay = Date.UTC(2031, 11, 27, 10); // 11:00 in UTC+1
  const sessions: GeneratedSession[] = [];
  const frabEvents: Array<{ day: number; room: string; event: Record<string, unknown> }> = [];
  const v2Events: Record<string, unknown>[] = [];
  const v2Persons = new Map<string, Record<string, unknown>>();
  for (let index = 0; index < shape.sessions; index += 1) {
    const day = index % shape.days;
    const room = rooms[Math.floor(next() * rooms.length)] as string;
    // 11:00 to 04:00 the next morning, in 15-minute steps.
    const startMs = firstDay + day * 86_400_000 + Math.floor(next() * 68) * 15 * 60_000;
    const endMs = startMs + (15 + Math.floor(next() * 8) * 15) * 60_000;
    const sub = index % (shape.subConferences + 1);
    const isBreak = next() < 0.03;
    const speakers: Array<Record<string, unknown>> = [];
    const names: string[] = [];
    if (!isBreak) {
      const count = Math.floor(next() * 3);
      for (let s = 0; s < count; s += 1) {
        let person: Record<string, unknown>;
        let display: string;
        if (sub === shape.subConferences) {
          const wikiPerson = pick(wiki);
          display = wikiPerson.name;
          person = { id: 0, public_name: ` ${display} ` };
        } else {
          const subPerson = pick(people[sub] ?? []);
          display = subPerson.name;
          person =
            sub % 2 === 0
              ? { id: subPerson.id, guid: subPerson.guid, public_name: display }
              : { id: subPerson.id, code: subPerson.code, name: display };
          v2Persons.set(subPerson.guid, { guid: subPerson.guid, name: display });
        }
        if (names.includes(display)) continue;
        names.push(display);
        speakers.push(person);
      }
    }
    const title = isBreak ? 'Pause' : `${pick(WORDS)} ${name()} ${index}`;
    const guid = isBreak ? undefined : uuid(next);
    const duration = (endMs - startMs) / 60_000;
    const event: Record<string, unknown> = {
      // Sub-conferences number their events from 1 too.
      id: isBreak ? undefined : 1 + Math.floor(index / (shape.subConferences + 1)),
      guid,
      date: isoAt(startMs),
      start: isoAt(startMs).slice(11, 16),
      duration: `${Math.floor(duration / 60)}:${pad(duration % 60)}`,
      room,
      title,
      type: isBreak ? 'break' : pick(['Talk', 'Workshop 50 Minutes', 'Podiumsdiskussion', 'other']),
      language: pick(['de', 'en', 'es', null]),
      persons: speakers,
      links: [{ url: `/talk/${index}/notes`, title: 'Notes' }],
    };
    frabEvents.push({ day, room, event });
    sessions.push({ guid: guid ?? '', title, startMs, endMs, room, speakers: names });
    v2Events.push({
      guid: guid ?? uuid(next),
      code: `E${index}`,
      start: isoAt(startMs),
      end: isoAt(endMs),
      room: { name: room, slug: room.toLowerCase().replace(/\s+/g, '-') },
      title,
      type: isBreak ? 'OTHER' : 'TALK',
      language: event['language'],
      participants: speakers.map((person) => ({
        ...(typeof person['guid'] === 'string' ? { guid: person['guid'] } : {}),
        name: String(person['public_name'] ?? person['name']).trim(),
        role: 'SPEAKER',
      })),
    });
    if (!guid) sessions[sessions.length - 1]!.guid = String(v2Events.at(-1)?.['guid']);
  }
  const days = Array.from({ length: shape.days }, (_, day) => {
    const start = firstDay + day * 86_400_000;
    const date = isoAt(start).slice(0, 10);
    // The days list rooms alphabetically by name, not in the organiser's order.
    const dayRooms: Record<string, unknown[]> = {};
    for (const roomName of [...rooms].sort()) {
      const events = frabEvents
        .filter((entry) => entry.day === day && entry.room === roomName)
        .map((entry) => entry.event);
      if (events.length > 0) dayRooms[roomName] = events;
    }
    return {
      index: day + 1,
      date,
      day_start: isoAt(start),
      day_end: isoAt(start + 17 * 3_600_000),
      rooms: dayRooms,
    };
  });
  const conference = {
    acronym: 'kongress-2031',
    title: 'Fiktiver Kongress 2031',
    start: days[0]?.date,
    end: days.at(-1)?.date,
    daysCount: shape.days,
    timeslot_duration: '00:15',
    time_zone_name: 'Europe/Berlin',
    rooms: rooms.map((roomName, index) => ({
      name: roomName,
      guid: uuid(next),
      capacity: 50 + index,
    })),
  };
  const frab = {
    schedule: {
      version: `seed ${shape.seed}`,
      base_url: 'https://kongress.example.org/2031/',
      conference: { ...conference, days },
    },
  };
  const v2 = {
    $schema: 'https://c3voc.de/schedule/schema2.json',
    schedule: {
      version: `seed ${shape.seed}`,
      base_url: 'https://kongress.example.org/2031/',
      conference: {
        ...conference,
        rooms: rooms.map((roomName) => ({
          name: roomName,
          slug: roomName.toLowerCase().replace(/\s+/g, '-'),
          guid: uuid(next),
        })),
        days: days.map(({ index, date, day_start, day_end }) => ({
          index,
          date,
          start: day_start,
          end: day_end,
        })),
      },
      events: v2Events,
      persons: [...v2Persons.values()],
    },
  };
  return { frab, v2, sessions, rooms };
}
