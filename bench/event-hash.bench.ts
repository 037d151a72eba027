/**
 * What the event hash and seal algorithms cost, side by side in one process: the hub's
 * synchronous check of one event (the check before 国密, a plain node:crypto SHA-256, as the
 * peer; the check now on a SHA-256 event, which must cost the same; and on an SM3 event),
 * a workstation sealing one event (SHA-256 through WebCrypto, SM3 pure JS), and one receipt
 * signature and its verification (ECDSA P-256 through node:crypto/WebCrypto, SM2 pure JS).
 * Medians of runs over a realistic 受理 event; figures only, read the ratios.
 *
 *   npx tsx bench/event-hash.bench.ts [--runs 9] [--events 2000]
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadWorkstationKey } from '../electron/handlers/workstation-key';
import { hasValidHash as hubHasValidHash } from '../hub/store/event-hash';
import { verifySealSignature } from '../shared/cryptography/seal-signature';
import type { CaseEvent } from '../shared/domain/case/case-events';
import { sealEvent } from '../shared/domain/case/event-seal';
import { canonicalJson } from '../shared/util/canonical-json';
import { acceptedCase } from '../tests/unit/fixtures/events';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '9' }, events: { type: 'string', default: '2000' } } });
const RUNS = Number(values.runs);
const EVENTS = Number(values.events);

/** The hub's check as it was before hashes named their algorithm: the peer for the default path. */
function checkBeforeGuomi(event: CaseEvent): boolean {
  const { hash, ...content } = event;
  return hash === createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Median over runs of the mean µs per call, each run `count` calls. The kinds alternate within
 * a run, in reverse order every other run, so warm-up and load elsewhere fall on all of them.
 */
async function measure(kinds: Record<string, (index: number) => unknown>, count: number): Promise<Record<string, number>> {
  const samples: Record<string, number[]> = Object.fromEntries(Object.keys(kinds).map((kind) => [kind, []]));
  for (let run = 0; run < RUNS; run += 1) {
    const order = Object.entries(kinds);
    if (run % 2 === 1) order.reverse();
    for (const [kind, call] of order) {
      const started = performance.now();
      for (let index = 0; index < count; index += 1) await call(index);
      samples[kind]?.push(((performance.now() - started) * 1000) / count);
    }
  }
  return Object.fromEntries(Object.entries(samples).map(([kind, list]) => [kind, median(list)]));
}

const [accepted] = (await acceptedCase()) as [CaseEvent];
const { hash: _hash, ...unsealed } = accepted;
const sha256Events = await Promise.all(
  Array.from({ length: 64 }, (_, index) => sealEvent({ ...unsealed, id: `01JD${String(index).padStart(22, '0')}` }, 'sha256')),
);
const sm3Events = await Promise.all(
  Array.from({ length: 64 }, (_, index) => sealEvent({ ...unsealed, id: `01JD${String(index).padStart(22, '0')}` }, 'sm3')),
);
const pick = <T>(list: readonly T[], index: number) => list[index % list.length] as T;

console.log(
  `event of ${canonicalJson(unsealed).length} characters of canonical JSON; ${RUNS} runs of ${EVENTS} events (signatures: ${EVENTS / 10})`,
);

const hub = await measure(
  {
    'peer: SHA-256 check before 国密': (index) => checkBeforeGuomi(pick(sha256Events, index)),
    'hub check, SHA-256 event': (index) => hubHasValidHash(pick(sha256Events, index)),
    'hub check, SM3 event': (index) => hubHasValidHash(pick(sm3Events, index)),
  },
  EVENTS,
);
const sealing = await measure(
  {
    'workstation seals, SHA-256 (WebCrypto)': () => sealEvent(unsealed, 'sha256'),
    'workstation seals, SM3': () => sealEvent(unsealed, 'sm3'),
  },
  EVENTS,
);

const dirs = [mkdtempSync(join(tmpdir(), 'bench-key-')), mkdtempSync(join(tmpdir(), 'bench-key-'))];
const ecdsa = loadWorkstationKey(dirs[0] as string, 'ecdsa-p256');
const sm2 = loadWorkstationKey(dirs[1] as string, 'sm2');
const message = 'CYTB2|5101040105202503180007|482913|01JD00000000000000000000WS';
const ecdsaSignature = ecdsa.sign(message);
const sm2Signature = sm2.sign(message);
const signing = await measure(
  {
    'seal a receipt, ECDSA P-256': () => ecdsa.sign(message),
    'seal a receipt, SM2': () => sm2.sign(message),
    'verify a receipt, ECDSA P-256 (WebCrypto)': () => verifySealSignature('ecdsa-p256', ecdsa.publicKey, message, ecdsaSignature),
    'verify a receipt, SM2': () => verifySealSignature('sm2', sm2.publicKey, message, sm2Signature),
  },
  EVENTS / 10,
);
for (const dir of dirs) rmSync(dir, { recursive: true, force: true });

const peer = hub['peer: SHA-256 check before 国密'] ?? NaN;
console.log('\nµs per call (median of runs), and the ratio to the first line of its group');
for (const group of [hub, sealing, signing]) {
  const first = Object.values(group)[0] ?? NaN;
  for (const [kind, us] of Object.entries(group))
    console.log(`  ${kind.padEnd(44)} ${us.toFixed(1).padStart(8)}  ×${(us / first).toFixed(2)}`);
  console.log('');
}
console.log(`default path at the hub: ×${((hub['hub check, SHA-256 event'] ?? NaN) / peer).toFixed(3)} of the check before 国密`);
