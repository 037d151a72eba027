/**
 * The forward-queue operator command (hub/bin/forward-queue.ts is its process entry): reads
 * its arguments, asks the hub, writes what an operator reads, and answers the exit code —
 * 0 done, 1 failed (or some items were not in the 异常 list), 2 usage. Kept free of
 * `process` so it runs the same inside a test.
 */
import { parseArgs } from 'node:util';
import {
  FORWARD_EXCEPTION_KIND_LABELS,
  forwardExceptionActionRequestSchema,
  type ForwardException,
  type ForwardingStatus,
} from '../../shared/sync/forward-admin-protocol';
import { AdminRequestError, createAdminClient, type AdminClient } from './admin-client';
import { isUsageError, UsageError } from './cli';

/** Where the command writes: a line at a time, the entry gives stdout and stderr. */
export interface CommandOutput {
  out(text: string): void;
  err(text: string): void;
}

const USAGE = `usage: HUB_ADMIN_TOKEN=… forward-queue.ts --hub URL [--json] <command>
  status                                          peer health and queue counts
  list                                            the 异常 list (every page)
  retry EVENT_ID… --operator NAME --note WHY      put items back in the queue
  resolve EVENT_ID… --operator NAME --note WHY    stop forwarding them (on record)
  history [--event EVENT_ID]                      what operators did, newest first`;

const COMMANDS = ['status', 'list', 'retry', 'resolve', 'history'] as const;

function readOptions(args: readonly string[], token: string | undefined) {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: {
      hub: { type: 'string' },
      json: { type: 'boolean', default: false },
      operator: { type: 'string' },
      note: { type: 'string' },
      event: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [command, ...eventIds] = positionals;
  if (!values.hub) throw new UsageError('--hub URL is required');
  if (!token) throw new UsageError('set HUB_ADMIN_TOKEN to the hub’s operator token');
  const known = COMMANDS.find((name) => name === command);
  if (!known) throw new UsageError(`unknown command: ${command ?? '(none)'}`);
  return {
    hub: values.hub,
    token,
    json: values.json,
    command: known,
    eventIds,
    operator: values.operator,
    note: values.note,
    event: values.event,
  };
}

type Options = ReturnType<typeof readOptions>;

async function run(client: AdminClient, options: Options, output: CommandOutput): Promise<number> {
  const print = (value: unknown, human: () => string) => output.out(options.json ? JSON.stringify(value, null, 2) : human());
  switch (options.command) {
    case 'status': {
      const status = await client.status();
      print(status, () => describeStatus(status));
      return 0;
    }
    case 'list': {
      const exceptions: ForwardException[] = [];
      for (let cursor = '0'; ;) {
        const page = await client.exceptions(cursor, 500);
        exceptions.push(...page.exceptions);
        cursor = page.nextCursor;
        if (!page.hasMore) break;
      }
      // An unreachable peer is no item's fault, but it is why everything waits: say so first.
      const { peer, queue } = await client.status();
      const outage =
        peer.state === 'backingOff'
          ? `对端交换中心不可达（自 ${peer.failingSince ?? '?'} 起；${peer.lastError ?? ''}），${queue.ready + queue.waiting + queue.held}个事件等待发送\n`
          : '';
      print({ peer, exceptions }, () =>
        exceptions.length === 0
          ? `${outage}异常列表为空`
          : outage +
            exceptions
              .map(
                (item) =>
                  `${item.eventId}  ${item.caseNumber ?? item.caseId}  ${item.eventType}  ${FORWARD_EXCEPTION_KIND_LABELS[item.kind]}  自 ${item.since}` +
                  `${item.heldBehind > 0 ? `  （其后${item.heldBehind}个事件等待中）` : ''}\n    原因：${item.reason}`,
              )
              .join('\n'),
      );
      return 0;
    }
    case 'retry':
    case 'resolve': {
      const parsed = forwardExceptionActionRequestSchema.safeParse({
        eventIds: options.eventIds,
        operator: options.operator ?? '',
        note: options.note ?? '',
      });
      if (!parsed.success) throw new UsageError(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n'));
      const { results } = await client.act(options.command, parsed.data);
      const done = options.command === 'retry' ? '已重新排队' : '已标记为已处理';
      print({ results }, () =>
        results.map((result) => `${result.eventId}  ${result.status === 'notAnException' ? result.message : done}`).join('\n'),
      );
      return results.every((result) => result.status !== 'notAnException') ? 0 : 1;
    }
    case 'history': {
      const { actions } = await client.actions(options.event);
      print({ actions }, () =>
        actions.length === 0
          ? '没有处理记录'
          : actions
              .map(
                (a) =>
                  `${a.actedAt}  ${a.action === 'retry' ? '重试' : '已处理'}  ${a.eventId}  ${a.operator}：${a.note}\n    当时原因：${a.reason}`,
              )
              .join('\n'),
      );
      return 0;
    }
  }
}

function describeStatus(status: ForwardingStatus): string {
  const { peer, queue } = status;
  const peerLine = !peer.configured
    ? '对端交换中心：未配置'
    : peer.state === 'backingOff'
      ? `对端交换中心：不可达（自 ${peer.failingSince ?? '?'} 起连续失败${peer.consecutiveFailures}次，下次尝试 ${peer.nextAttemptAt ?? '?'}）\n    最近错误：${peer.lastError ?? ''}`
      : peer.state === 'ok'
        ? `对端交换中心：正常${peer.lastDeliveryAt ? `（最近送达 ${peer.lastDeliveryAt}）` : ''}`
        : '对端交换中心：尚未尝试';
  const oldest = queue.oldestPendingSince ? `，最早一件自 ${queue.oldestPendingSince}` : '';
  return [
    `交换中心 ${status.province}`,
    peerLine,
    `待转发：就绪 ${queue.ready}，暂缓 ${queue.waiting}，等待前序 ${queue.held}${oldest}`,
    `异常：${queue.exception}`,
  ].join('\n');
}

/** `args`: what follows the script name; `token`: the operator token (HUB_ADMIN_TOKEN). */
export async function forwardQueueCommand(args: readonly string[], token: string | undefined, output: CommandOutput): Promise<number> {
  try {
    const options = readOptions(args, token);
    return await run(createAdminClient(options.hub, options.token), options, output);
  } catch (error) {
    if (isUsageError(error)) {
      output.err(`${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (!(error instanceof AdminRequestError)) throw error;
    output.err(error.message);
    return 1;
  }
}
