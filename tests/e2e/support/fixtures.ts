/**
 * The e2e world as Playwright fixtures. `hubs`: one Sichuan/Chongqing hub pair per worker,
 * started before the worker's first spec and stopped after its last. `workstations`: the
 * hosts and browser contexts one test opens, all stopped when it ends; a test that took a
 * hub down leaves the pair running again for the next one.
 */
import { relative } from 'node:path';
import { test as base } from '@playwright/test';
import { HubPair } from './hub-pair';
import { Workstations } from './workstations';

export { expect } from '@playwright/test';

interface WorkerFixtures {
  hubs: HubPair;
}

interface TestFixtures {
  workstations: Workstations;
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  hubs: [
    // Playwright requires the destructuring pattern for fixtures without dependencies.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const hubs = await HubPair.start();
      await use(hubs);
      await hubs.stop();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  workstations: async ({ hubs, browser }, use, testInfo) => {
    // --repeat-each runs a test again on the same hubs: a repeat is another owner of its halls.
    const repeat = testInfo.repeatEachIndex > 0 ? ` (repeat ${testInfo.repeatEachIndex})` : '';
    const stations = new Workstations(hubs, browser, `${relative(testInfo.config.rootDir, testInfo.file)} › ${testInfo.title}${repeat}`);
    await use(stations);
    await stations.stopAll();
    await hubs.ensureRunning();
  },
});
