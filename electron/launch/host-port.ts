/**
 * A browser-mode profile keeps the same port across launches: IndexedDB is per origin
 * (http://127.0.0.1:PORT), so a new port would hide every offline case captured before.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { ensurePrivateDirsSync, PRIVATE_FILE } from '../private-files';

const FIRST_PORT = 47110;

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

function storedPort(profileDir: string): number | null {
  try {
    const stored = (JSON.parse(readFileSync(join(profileDir, 'host.json'), 'utf8')) as { port?: unknown }).port;
    return typeof stored === 'number' ? stored : null;
  } catch {
    return null;
  }
}

export async function profilePort(profileDir: string, requested?: number): Promise<number> {
  if (requested) return requested;
  const stored = storedPort(profileDir);
  if (stored !== null) return stored;
  // Never reuse another profile's port, even when that profile is not running: the two
  // would then share one origin and so one IndexedDB.
  const siblings = dirname(profileDir);
  const taken = new Set(
    readdirSync(siblings, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => storedPort(join(siblings, entry.name))),
  );
  let port = FIRST_PORT;
  while (taken.has(port) || !(await isFree(port))) port += 1;
  ensurePrivateDirsSync(profileDir);
  writeFileSync(join(profileDir, 'host.json'), JSON.stringify({ port }), PRIVATE_FILE);
  return port;
}
