/**
 * Summarises a V8 `.cpuprofile` (from `node --cpu-prof`): self time by function, self time
 * by file or package, and inclusive time by function (each sample counted once per function
 * on its stack). Used to find where the hub spends its CPU under bench/hub-ingest:
 *
 *   HUB_CPU_PROFILE_DIR=/tmp/prof npx tsx bench/hub-ingest.bench.ts --runs 1 --clients 16 --settings pglite
 *   npx tsx bench/hub-ingest/cpu-profile-summary.ts /tmp/prof/<file>.cpuprofile [--top 30]
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '30' } } });
const top = Number(values.top);
const file = positionals[0];
if (!file) throw new Error('usage: cpu-profile-summary.ts FILE.cpuprofile [--top N]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const parentOf = new Map<number, number>();
for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);

/** Where a function lives, shortened: a package name, or a path inside the repository. */
function placeOf(url: string): string {
  if (url === '') return '(native)';
  const inModules = url.lastIndexOf('node_modules/');
  if (inModules >= 0) {
    const rest = url.slice(inModules + 'node_modules/'.length).split('/');
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? url);
  }
  const inRepo = url.search(/\/(hub|shared|bench|tests)\//);
  return inRepo >= 0 ? url.slice(inRepo + 1) : url.replace(/^file:\/\//, '');
}

const labelOf = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${placeOf(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`;

const selfByFunction = new Map<string, number>();
const selfByPlace = new Map<string, number>();
const inclusiveByFunction = new Map<string, number>();
let total = 0;
profile.samples.forEach((sample, index) => {
  const micros = profile.timeDeltas[index] ?? 0;
  const node = byId.get(sample);
  if (!node) return;
  total += micros;
  selfByFunction.set(labelOf(node), (selfByFunction.get(labelOf(node)) ?? 0) + micros);
  selfByPlace.set(placeOf(node.callFrame.url), (selfByPlace.get(placeOf(node.callFrame.url)) ?? 0) + micros);
  const seen = new Set<string>();
  for (let id: number | undefined = sample; id !== undefined; id = parentOf.get(id)) {
    const onStack = byId.get(id);
    if (!onStack) break;
    const label = labelOf(onStack);
    if (seen.has(label)) continue;
    seen.add(label);
    inclusiveByFunction.set(label, (inclusiveByFunction.get(label) ?? 0) + micros);
  }
});

function print(title: string, figures: Map<string, number>): void {
  console.log(`\n${title}`);
  const rows = [...figures].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [label, micros] of rows)
    console.log(`  ${((100 * micros) / total).toFixed(1).padStart(5)} %  ${(micros / 1000).toFixed(0).padStart(7)} ms  ${label}`);
}

console.log(`${file}: ${(total / 1000).toFixed(0)} ms sampled`);
print('self time by file or package', selfByPlace);
print('self time by function', selfByFunction);
print('inclusive time by function', inclusiveByFunction);
