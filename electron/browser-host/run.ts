/**
 * Runs one browser-mode workstation host against given hubs (used by e2e tests and by
 * halls that run thin clients):
 *   tsx electron/browser-host/run.ts --profile-dir DIR [--port N] --hub-url URL | --hub-urls JSON
 *     [--enrollment-code CODE | --enrollment-codes '{"51":CODE,"50":CODE}'] [--printer QUEUE]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { hubUrlSchema } from '../../shared/domain/region/hub-url';
import { enrollmentCodesSchema, sameCodeForBoth } from '../../shared/sync/enrollment-codes';
import { startWorkstationHost } from './workstation-host';

const { values } = parseArgs({
  options: {
    'profile-dir': { type: 'string' },
    port: { type: 'string', default: '0' },
    'hub-url': { type: 'string' },
    'hub-urls': { type: 'string' },
    'enrollment-code': { type: 'string' },
    'enrollment-codes': { type: 'string' },
    printer: { type: 'string' },
    'renderer-dir': { type: 'string', default: 'dist/renderer' },
  },
});

const hubUrlsSchema = z.object({ '51': hubUrlSchema, '50': hubUrlSchema });

function hubUrls() {
  if (values['hub-urls']) return hubUrlsSchema.parse(JSON.parse(values['hub-urls']));
  if (values['hub-url']) {
    const url = hubUrlSchema.parse(values['hub-url']);
    return { '51': url, '50': url };
  }
  throw new Error('需要 --hub-url 或 --hub-urls');
}

if (!values['profile-dir']) throw new Error('需要 --profile-dir');
const host = await startWorkstationHost({
  profileDir: resolve(values['profile-dir']),
  port: Number(values.port),
  rendererDir: resolve(values['renderer-dir']),
  hubUrls: hubUrls(),
  enrollmentCodes: values['enrollment-codes']
    ? enrollmentCodesSchema.parse(JSON.parse(values['enrollment-codes']))
    : sameCodeForBoth(values['enrollment-code']),
  ...(values.printer ? { printer: values.printer } : {}),
});
// The launch address (one-time code) is the only way into the app: printed for whoever opens it.
console.log(`workstation host listening on ${host.launchUrl()}`);
const stop = () => void host.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
