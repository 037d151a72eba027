/** Playwright's global setup: what every worker's specs use, built once. */
import { buildProcessBundles } from './process-bundles';

export default async function globalSetup(): Promise<void> {
  await buildProcessBundles();
}
