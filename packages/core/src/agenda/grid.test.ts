import { describe, expect, it } from 'vitest';
import type { Workshop } from '../summit/summit.schema.js';
import { layoutDayGrid, type DayGrid } from './grid.js';
import { LISTED_ROOMS, makeSummit, makeWorkshop } from './testing/helpers.js';

const MONTREAL = 'America/Montreal';
const at = (id: string, start: string, end: string, fields: Partial<Workshop> = {}): Workshop =>
  makeWorkshop({ id, start, end, ...fields });

/** Each cell as `id room-key start-end` with its rows and column, for short assertions. */
const placed = (grid: DayGrid) =>
  grid.cells.map(({ workshop, start, end, rows, column }) => ({
    id: workshop.id,
    start,
    end,
    rows,
    column,
  }));
const keys = (rooms: DayGrid['rooms']) => rooms.map((room) => room.key);

describe('layoutDayGrid', () => {
  const day = '2023-05-16';
  const workshops = [
    at('annex-late', '2023-05-16T14:00:00-04:00', '2023-05-16T15:00:00-04:00', {
      roomId: 'annexe',
    }),
    at('hall-morning', '2023-05-16T09:00:00-04:00', '2023-05-16T10:30:00-04:00', {
      roomId: 'grande-salle',
    }),
    at('named', '2023-05-16T09:00:00-04:00', '2023-05-16T10:00:00-04:00', { room: 'Atelier B' }),
    at('salle-2', '2023-05-16T10:00:00-04:00', '2023-05-16T11:00:00-04:00', { roomId: 'salle-2' }),
    at('nowhere', '2023-05-16T13:00:00-04:00', '2023-05-16T14:00:00-04:00'),
    at('next-day', '2023-05-17T09:00:00-04:00', '2023-05-17T10:00:00-04:00', {
      roomId: 'grande-salle',
    }),
  ];
  const summit = makeSummit(workshops, [], { rooms: LISTED_ROOMS });
  const options = { day, timeZone: MONTREAL, lang: 'fr' as const };

  it('gives the listed rooms in the summit’s order, then rooms only named, then the roomless column', () => {
    const grid = layoutDayGrid(summit, workshops, options);
    expect(keys(grid.allRooms)).toEqual(['grande-salle', 'salle-2', 'annexe', 'Atelier B']);
    expect(keys(grid.rooms)).toEqual(keys(grid.allRooms));
    expect(grid.roomless).toBe(true);
    expect(grid.columns).toBe(5);
    expect(grid.firstMinute).toBe(0);
    expect(grid.rows).toEqual([540, 600, 630, 660, 780, 840, 900]);
    expect(placed(grid)).toEqual([
      { id: 'hall-morning', start: 540, end: 630, rows: [0, 2], column: 0 },
      { id: 'named', start: 540, end: 600, rows: [0, 1], column: 3 },
      { id: 'salle-2', start: 600, end: 660, rows: [1, 3], column: 1 },
      { id: 'nowhere', start: 780, end: 840, rows: [4, 5], column: 4 },
      { id: 'annex-late', start: 840, end: 900, rows: [5, 6], column: 2 },
    ]);
  });

  it('leaves hidden rooms out of the columns and their workshops out of the cells', () => {
    const grid = layoutDayGrid(summit, workshops, {
      ...options,
      hiddenRooms: new Set(['grande-salle', 'Atelier B']),
    });
    expect(keys(grid.allRooms)).toEqual(['grande-salle', 'salle-2', 'annexe', 'Atelier B']);
    expect(keys(grid.rooms)).toEqual(['salle-2', 'annexe']);
    expect(placed(grid).map(({ id, column }) => [id, column])).toEqual([
      ['salle-2', 0],
      ['nowhere', 2],
      ['annex-late', 1],
    ]);
    expect(grid.rows).toEqual([600, 660, 780, 840, 900]);
  });

  it('keeps the columns of the whole day when only some workshops are placed', () => {
    const shown = workshops.filter((workshop) => workshop.id === 'salle-2');
    const grid = layoutDayGrid(summit, shown, options);
    expect(keys(grid.rooms)).toEqual(['grande-salle', 'salle-2', 'annexe', 'Atelier B']);
    expect(grid.roomless).toBe(true);
    expect(placed(grid)).toEqual([
      { id: 'salle-2', start: 600, end: 660, rows: [0, 1], column: 1 },
    ]);
  });

  it('has no roomless column on a day where every workshop has a room', () => {
    const grid = layoutDayGrid(summit, workshops, { ...options, day: '2023-05-17' });
    expect(grid.roomless).toBe(false);
    expect(grid.columns).toBe(1);
    expect(placed(grid)).toEqual([
      { id: 'next-day', start: 540, end: 600, rows: [0, 1], column: 0 },
    ]);
  });

  it('keeps a night past midnight at the bottom of its conference day', () => {
    const BERLIN = 'Europe/Berlin';
    const congress = [
      at('talk', '2023-12-27T11:00:00+01:00', '2023-12-27T12:00:00+01:00', { room: 'Saal 1' }),
      at('late', '2023-12-28T01:30:00+01:00', '2023-12-28T02:00:00+01:00', { room: 'Saal 1' }),
      // Runs past the day's end: its cell stops at the bottom of the grid.
      at('dawn', '2023-12-28T05:30:00+01:00', '2023-12-28T07:00:00+01:00', { room: 'Saal 1' }),
      at('morning', '2023-12-28T11:00:00+01:00', '2023-12-28T12:00:00+01:00', { room: 'Saal 1' }),
    ];
    const congressSummit = makeSummit(congress, [], { timeZone: BERLIN, dayChange: '06:00' });
    const grid = layoutDayGrid(congressSummit, congress, {
      day: '2023-12-27',
      timeZone: BERLIN,
      lang: 'en',
    });
    // The day starts at 06:00: rows read 06:00 + minutes, so 1170 is 01:30 the next morning.
    expect(grid.firstMinute).toBe(360);
    expect(placed(grid)).toEqual([
      { id: 'talk', start: 300, end: 360, rows: [0, 1], column: 0 },
      { id: 'late', start: 1170, end: 1200, rows: [2, 3], column: 0 },
      { id: 'dawn', start: 1410, end: 1440, rows: [4, 5], column: 0 },
    ]);
    // Shown in Montréal, the same conference day reads Montréal's wall clocks.
    const inMontreal = layoutDayGrid(congressSummit, congress, {
      day: '2023-12-27',
      timeZone: MONTREAL,
      lang: 'en',
    });
    expect(inMontreal.firstMinute).toBe(0);
    expect(placed(inMontreal).map(({ id, start }) => [id, start])).toEqual([
      ['talk', 300],
      ['late', 1170],
      ['dawn', 1410],
    ]);
  });

  it('puts the two 1:30 a.m. of a fall-back night on one row, as their clocks read', () => {
    const night = [
      at('edt', '2023-11-05T01:30:00-04:00', '2023-11-05T02:00:00-04:00', { room: 'Salle 1' }),
      at('est', '2023-11-05T01:30:00-05:00', '2023-11-05T02:00:00-05:00', { room: 'Salle 2' }),
      at('evening', '2023-11-04T20:00:00-04:00', '2023-11-04T21:00:00-04:00', { room: 'Salle 1' }),
    ];
    const nightSummit = makeSummit(night, [], { dayChange: '06:00' });
    const grid = layoutDayGrid(nightSummit, night, {
      day: '2023-11-04',
      timeZone: MONTREAL,
      lang: 'fr',
    });
    expect(grid.firstMinute).toBe(360);
    expect(placed(grid)).toEqual([
      { id: 'evening', start: 840, end: 900, rows: [0, 1], column: 0 },
      { id: 'edt', start: 1170, end: 1200, rows: [2, 3], column: 0 },
      { id: 'est', start: 1170, end: 1200, rows: [2, 3], column: 1 },
    ]);
  });

  it('gives an empty grid for a day without workshops', () => {
    const grid = layoutDayGrid(summit, workshops, { ...options, day: '2023-05-20' });
    expect(grid).toMatchObject({ allRooms: [], rooms: [], roomless: false, columns: 0, rows: [] });
    expect(grid.cells).toEqual([]);
  });
});
