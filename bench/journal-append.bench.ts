/**
 * The disk journal's cost per call as it fills: median time of one 受理's append (受理 + 推送,
 * two events) and of one push batch's acknowledgement (100 events), with 0, 10k and 20k
 * events already in the journal, for the old single-file journal and the segmented one side
 * by side in one process. The segmented journal fsyncs every append (the old one did not),
 * so its figures include a disk flush. Also printed: the segmented journal's one full read
 * when the host starts. Figures only; the machines are shared, so read the ratios.
 *
 *   npx tsx bench/journal-append.bench.ts [--runs 30] [--legacy-runs 5]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createEventJournal, type EventJournal } from '../electron/handlers/event-journal';
import type { CaseEvent } from '../shared/domain/case/case-events';
import { acceptedCase } from '../tests/unit/fixtures/events';
import { createLegacyJournal, type LegacyJournal } from './journal/legacy-journal';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' }, 'legacy-runs': { type: 'string', default: '5' } } });
const RUNS = Number(values.runs);
const LEGACY_RUNS = Number(values['legacy-runs']);
const SIZES = [0, 10_000, 20_000];
const ACK_BATCH = 100;

const [accepted, forwarded] = await acceptedCase();
let nextId = 0;
/** 受理 + 推送 of one new case, under fresh ids. */
function casePair(): CaseEvent[] {
  const id = () => `01JD${String((nextId += 1)).padStart(22, '0')}`;
  return [
    { ...accepted!, id: id() },
    { ...forwarded!, id: id() },
  ];
}

const idsOfLastPair = () => [`01JD${String(nextId - 1).padStart(22, '0')}`, `01JD${String(nextId).padStart(22, '0')}`];

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

async function timed(task: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await task();
  return performance.now() - start;
}

interface Figures {
  append: number;
  acknowledge: number;
}

/**
 * Appends `runs` cases one by one, then acknowledges the oldest events a push batch at a time
 * (an empty journal acknowledges the one case just accepted).
 */
async function measure(journal: Pick<EventJournal, 'append' | 'acknowledge'>, queued: string[], runs: number): Promise<Figures> {
  const filled = queued.length > 0;
  const appends: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const pair = casePair();
    appends.push(await timed(() => journal.append(pair)));
    queued.push(...pair.map((event) => event.id));
  }
  const acknowledgements: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    if (!filled) await journal.append(casePair()).then(() => undefined);
    const batch = filled ? queued.splice(0, ACK_BATCH) : idsOfLastPair();
    acknowledgements.push(await timed(() => journal.acknowledge(batch)));
  }
  return { append: median(appends), acknowledge: median(acknowledgements) };
}

async function legacyFigures(size: number): Promise<Figures> {
  const dir = mkdtempSync(join(tmpdir(), 'journal-bench-legacy-'));
  try {
    const journal: LegacyJournal = createLegacyJournal(dir);
    const filled = Array.from({ length: size / 2 }, casePair).flat();
    // The old journal re-reads on every append; fill its file directly, as its appends would have.
    mkdirSync(join(dir, 'journal'));
    writeFileSync(journal.file, filled.map((event) => `${JSON.stringify(event)}\n`).join(''));
    return await measure(
      journal,
      filled.map((event) => event.id),
      LEGACY_RUNS,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function segmentedFigures(size: number): Promise<Figures & { firstRead: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'journal-bench-segments-'));
  try {
    const filling = createEventJournal(dir);
    const filled = Array.from({ length: size / 2 }, casePair).flat();
    for (let start = 0; start < filled.length; start += 100) await filling.append(filled.slice(start, start + 100));
    await filling.close();
    // A new instance, as after a host start: its first call reads the journal once.
    const journal = createEventJournal(dir);
    const firstRead = await timed(() => journal.status());
    const figures = await measure(
      journal,
      filled.map((event) => event.id),
      RUNS,
    );
    await journal.close();
    return { ...figures, firstRead };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// Warm-up (JIT, file system caches), not printed.
await legacyFigures(0);
await segmentedFigures(0);

const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
console.log(`Disk journal: median of ${RUNS} calls (segmented) and ${LEGACY_RUNS} calls (old single file) per figure\n`);
console.log(
  'events queued | append 受理 (2 events): old / segmented / ratio | acknowledge 100 (2 when empty): old / segmented / ratio | segmented: first call at start',
);
for (const size of SIZES) {
  const legacy = await legacyFigures(size);
  const segmented = await segmentedFigures(size);
  console.log(
    `${String(size).padStart(13)} | ${ms(legacy.append)} / ${ms(segmented.append)} / ${(legacy.append / segmented.append).toFixed(1)}× | ` +
      `${ms(legacy.acknowledge)} / ${ms(segmented.acknowledge)} / ${(legacy.acknowledge / segmented.acknowledge).toFixed(1)}× | ${ms(segmented.firstRead)}`,
  );
}
