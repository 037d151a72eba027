/**
 * Upgrades roll: for a while the previous release's hub instances run beside the new ones on
 * one database whose schema the new release has migrated. So every migration must leave the
 * previous hub working (expand now, contract a release later). This runs the previous
 * release's hub (hub/compat/previous-release.json, checked out from git) on a database the
 * current code migrated, and has the two read and write each other's events.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../hub/db/open-database';
import type { HubHandle } from '../../hub/start-hub';
import {
  acceptedEvent,
  allChanges,
  createTestDatabase,
  describeEachEngine,
  enroll,
  ENROLLMENT_CODE,
  identityFor,
  newDivision,
  newHall,
  push,
  receivedEvent,
  routingFor,
  startTestHub,
  type TestDatabase,
} from './fixtures';
import { serveHub, type ServedHub } from './serve-process';

const repo = resolve(import.meta.dirname, '../..');
const { commit } = JSON.parse(readFileSync(join(repo, 'hub/compat/previous-release.json'), 'utf8')) as { commit: string };

/** The previous release's hub/ and shared/ in a scratch directory, sharing this checkout's node_modules. */
function checkOutPreviousRelease(): string {
  const root = mkdtempSync(join(tmpdir(), 'hub-previous-release-'));
  try {
    execFileSync('git', ['cat-file', '-e', `${commit}^{commit}`], { cwd: repo, stdio: 'pipe' });
  } catch {
    throw new Error(`the previous release ${commit} is not in this clone's history (a shallow clone?): fetch it to run this test`);
  }
  const archive = execFileSync('git', ['archive', commit, 'hub', 'shared', 'seeds', 'package.json', 'tsconfig.json'], {
    cwd: repo,
    maxBuffer: 256 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', root], { input: archive });
  symlinkSync(join(repo, 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}

describeEachEngine('the previous release on the current schema', (engine) => {
  let database: TestDatabase;
  let previousRoot: string;

  beforeAll(async () => {
    previousRoot = checkOutPreviousRelease();
    database = await createTestDatabase(engine);
    // The current release migrates first, as in a rolling upgrade's first new instance.
    await (await openDatabase(database.config)).close();
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(previousRoot, { recursive: true, force: true });
  });

  it('enrolls, takes and serves events, and each release reads what the other wrote', async () => {
    let previous: ServedHub | undefined;
    let current: HubHandle | undefined;
    try {
      previous = await serveHub(database.config, '51', ENROLLMENT_CODE, { root: previousRoot });
      const previousHub = { url: previous.url } as HubHandle;
      const receiver = await enroll(previousHub, identityFor('51', newHall(newDivision('51'))));
      const handler = await enroll(previousHub, identityFor('51', newHall(newDivision('51'))));
      const routing = routingFor(receiver.identity, { province: '51', division: handler.identity.hall.division });
      const accepted = await acceptedEvent(receiver.actor, routing);
      expect((await push(previousHub, receiver.token, [accepted])).body.results).toEqual([{ id: accepted.id, status: 'applied' }]);

      if (engine === 'pglite') {
        // One process at a time may open a PGlite directory: the releases take turns.
        await previous.stop();
        previous = undefined;
      }
      current = await startTestHub('51', database.config);
      expect((await allChanges(current, handler.token)).map((change) => change.event.id)).toEqual([accepted.id]);
      const received = await receivedEvent(accepted, handler.actor);
      expect((await push(current, handler.token, [received])).body.results).toEqual([{ id: received.id, status: 'applied' }]);

      if (engine === 'pglite') {
        await current.close();
        current = undefined;
        previous = await serveHub(database.config, '51', ENROLLMENT_CODE, { root: previousRoot });
      }
      const again = { url: previous?.url ?? '' } as HubHandle;
      expect((await allChanges(again, receiver.token)).map((change) => change.event.id)).toEqual([accepted.id, received.id]);
    } finally {
      await previous?.stop();
      await current?.close();
    }
  });
});
