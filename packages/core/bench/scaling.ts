/**
 * `npx tsx --expose-gc bench/scaling.ts SIZE [operation…]`: medians of the core operations at one
 * size, in a process that holds only that size's data, with a full garbage collection before
 * every timed run (when `--expose-gc` is given), so what is measured is the operation's own work
 * and not the collection of the previous run's garbage. Run it once per size and compare: the
 * 100,000/10,000 ratios show whether the cost grows linearly. Prints JSON lines.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { devNull } from 'node:os';
import {
  filterWorkshopPositions,
  filterWorkshops,
  groupWorkshopsByDay,
} from '../src/agenda/index.js';
import { toICalendar, writeICalendar } from '../src/calendar/index.js';
import { parseSummit } from '../src/summit/worded.js';
import { FILTER_SESSION } from './filter-session.js';
import { makeSyntheticSummit } from './synthetic-summit.js';

const size = Number(process.argv[2] ?? 10_000);
const only = process.argv.slice(3);
const runs = Number(process.env.RUNS ?? (size > 10_000 ? 9 : 25));
const gc = (globalThis as { gc?: () => void }).gc;

const input = makeSyntheticSummit(size);
const parsed = parseSummit(input, { mode: 'strict' });
if (!parsed.ok) throw new Error('invalid synthetic summit');
const { summit } = parsed;
filterWorkshops(summit, { query: 'warm up' });
const now = new Date('2023-05-01T00:00:00Z');
const positions = new Uint32Array(summit.workshops.length);
const nullDevice = openSync(devNull, 'w');

const operations: Record<string, () => unknown> = {
  parse: () => parseSummit(input, { mode: 'strict' }),
  filter: () => {
    for (const criteria of FILTER_SESSION) filterWorkshops(summit, criteria);
  },
  positions: () => {
    for (const criteria of FILTER_SESSION) filterWorkshopPositions(summit, criteria, positions);
  },
  group: () => groupWorkshopsByDay(summit.workshops, { timeZone: summit.timeZone }),
  ics: () => toICalendar(summit, { lang: 'fr', now }),
  'ics-stream': () => {
    writeICalendar(summit, { lang: 'fr', now }, (octets) => writeSync(nullDevice, octets));
  },
};

for (const [name, run] of Object.entries(operations)) {
  if (only.length > 0 && !only.includes(name)) continue;
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  let heap = 0;
  let faults = 0;
  for (let i = 0; i < runs; i++) {
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const faultsBefore = process.resourceUsage().minorPageFault;
    const start = performance.now();
    run();
    times.push(performance.now() - start);
    faults += process.resourceUsage().minorPageFault - faultsBefore;
    heap += process.memoryUsage().heapUsed - before;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)]!;
  console.log(
    JSON.stringify({
      size,
      name,
      median: Number(median.toFixed(2)),
      min: Number(times[0]!.toFixed(2)),
      gc: Boolean(gc),
      // Heap growth over a run (a lower bound on allocation when a collection happened).
      allocatedPerWorkshop: gc ? Math.round(heap / runs / size) : undefined,
      // Fresh memory the kernel had to map in, per run: on the CI virtual machine each fault
      // costs about 13 µs (BENCHMARKS.md), which is where large inputs lose linearity.
      pageFaultsPerRun: Math.round(faults / runs),
    }),
  );
}

closeSync(nullDevice);
