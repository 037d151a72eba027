/** Playwright's global setup: what every worker's specs use, built once. */
import { buildHostBundle } from './host-bundle';

export default async function globalSetup(): Promise<void> {
  await buildHostBundle();
}
