/**
 * Operator CLI for a hub's forwarding towards the peer hub: how the peer is doing, the 异常
 * list (events the peer refused, kept deferring, or cannot take), and retrying or resolving
 * its items. Every retry/resolve is recorded at the hub with the operator and the note.
 *
 *   HUB_ADMIN_TOKEN=… tsx hub/bin/forward-queue.ts --hub URL status
 *   HUB_ADMIN_TOKEN=… tsx hub/bin/forward-queue.ts --hub URL list
 *   HUB_ADMIN_TOKEN=… tsx hub/bin/forward-queue.ts --hub URL retry EVENT_ID… --operator 王工 --note "对端已修复"
 *   HUB_ADMIN_TOKEN=… tsx hub/bin/forward-queue.ts --hub URL resolve EVENT_ID… --operator 王工 --note "已线下移交"
 *   HUB_ADMIN_TOKEN=… tsx hub/bin/forward-queue.ts --hub URL history [--event EVENT_ID]
 *
 * `--json` prints the hub's answer as is. Exit codes: 0 done, 1 failed (or some items were
 * not in the 异常 list), 2 usage.
 */
import { forwardQueueCommand } from './forward-queue-command';

process.exitCode = await forwardQueueCommand(process.argv.slice(2), process.env.HUB_ADMIN_TOKEN, {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
