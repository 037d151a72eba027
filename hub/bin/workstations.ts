/**
 * The hub administrator's view of enrolled workstations, straight on the hub's database.
 *
 *   tsx hub/bin/workstations.ts list
 *   tsx hub/bin/workstations.ts issue-ticket --hall 51010401 --window 3 --operator 王工 [--hours 24]
 *   tsx hub/bin/workstations.ts revoke <workstation-id> --reason "电脑被借走" --operator 王工
 *   tsx hub/bin/workstations.ts reset-key <workstation-id> --reason "硬盘更换，密钥丢失" --operator 王工
 *   tsx hub/bin/workstations.ts actions
 *   tsx hub/bin/workstations.ts deactivate <workstation-id> --reason "更换电脑"
 *   (each with --data DIR for embedded PGlite, or env HUB_DATABASE_URL)
 *
 * issue-ticket prints a one-time ticket for one hall and window (shown once; the hub keeps
 * its hash). revoke stops a token and its renewal until the PC enrolls with a new ticket;
 * reset-key forgets a lost key so the id can pin a new one with a ticket. Both are recorded
 * with the operator's name and reason. Deactivating frees the workstation's window for
 * another machine and stops its token; it is how a replaced PC is taken out of service.
 */
import { parseArgs } from 'node:util';
import { formatTicket, MAX_TICKET_HOURS } from '../../shared/sync/enrollment-ticket-protocol';
import { openDatabase, type DatabaseConfig } from '../db/open-database';
import { DEFAULT_TICKET_HOURS, issueTicket } from '../store/enrollment-tickets';
import { listWorkstationActions, recordWorkstationAction, resetKey, revokeToken } from '../store/workstation-admin';
import { deactivateWorkstation, listWorkstations } from '../store/workstations';
import { failUsage, parseProvince, UsageError } from './cli';

const USAGE = `usage: workstations.ts list | actions
       workstations.ts issue-ticket --hall CODE --window N --operator NAME [--hours H]
       workstations.ts revoke|reset-key <workstation-id> --reason TEXT --operator NAME
       workstations.ts deactivate <workstation-id> --reason TEXT
       (each with --data DIR or env HUB_DATABASE_URL)`;

function required(value: string | undefined, flag: string): string {
  if (!value?.trim()) throw new UsageError(`${flag} is required`);
  return value.trim();
}

function readOptions() {
  const { values, positionals } = parseArgs({
    options: {
      data: { type: 'string' },
      reason: { type: 'string' },
      operator: { type: 'string' },
      hall: { type: 'string' },
      window: { type: 'string' },
      hours: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const [command, workstationId] = positionals;
  const databaseUrl = process.env.HUB_DATABASE_URL;
  let database: DatabaseConfig;
  if (databaseUrl) database = { engine: 'postgres', connectionString: databaseUrl };
  else if (values.data) database = { engine: 'pglite', dataDir: values.data };
  else throw new UsageError('give --data DIR (embedded PGlite) or set HUB_DATABASE_URL (PostgreSQL)');
  switch (command) {
    case 'list':
    case 'actions':
      return { command, database } as const;
    case 'issue-ticket': {
      const hall = required(values.hall, '--hall');
      if (!/^\d{8}$/.test(hall)) throw new UsageError('--hall must be the 8-digit hall code');
      const window = Number(required(values.window, '--window'));
      if (!Number.isInteger(window) || window < 1 || window > 99) throw new UsageError('--window must be 1..99');
      const hours = values.hours === undefined ? DEFAULT_TICKET_HOURS : Number(values.hours);
      if (!Number.isInteger(hours) || hours < 1 || hours > MAX_TICKET_HOURS) throw new UsageError(`--hours must be 1..${MAX_TICKET_HOURS}`);
      // The first two digits of a hall code are its province's.
      return {
        command,
        database,
        hall,
        window,
        hours,
        province: parseProvince(hall.slice(0, 2)),
        operator: required(values.operator, '--operator'),
      } as const;
    }
    case 'revoke':
    case 'reset-key':
      return {
        command,
        database,
        workstationId: required(workstationId, 'the workstation id'),
        reason: required(values.reason, '--reason'),
        operator: required(values.operator, '--operator'),
      } as const;
    case 'deactivate':
      return {
        command,
        database,
        workstationId: required(workstationId, 'the workstation id'),
        reason: required(values.reason, '--reason'),
      } as const;
    default:
      throw new UsageError('command must be list, actions, issue-ticket, revoke, reset-key or deactivate');
  }
}

async function main(): Promise<void> {
  let options;
  try {
    options = readOptions();
  } catch (error) {
    failUsage(error, USAGE);
  }
  const db = await openDatabase(options.database);
  try {
    switch (options.command) {
      case 'list':
        for (const row of await listWorkstations(db)) {
          const state = row.active ? 'active' : `deactivated (${row.deactivatedReason ?? ''})`;
          console.log(
            `${row.id}  hall ${row.hallCode}  window ${String(row.window).padStart(2, '0')}  ${row.clerk}  enrolled ${row.enrolledAt}  ${state}`,
          );
        }
        return;
      case 'actions':
        for (const row of await listWorkstationActions(db, null))
          console.log(`${row.at}  ${row.action}  ${row.workstationId}  ${row.actor}  ${row.reason}`);
        return;
      case 'issue-ticket': {
        const { hall, window, hours, province, operator } = options;
        const issued = await db.transaction(async (tx) => {
          const row = await issueTicket(tx, { province, hallCode: hall, window }, `${operator}（命令行）`, hours);
          await recordWorkstationAction(tx, {
            workstationId: '-',
            hallCode: hall,
            action: 'issue-ticket',
            actor: `${operator}（命令行）`,
            reason: `${window}号窗口的注册票据，有效至 ${row.expiresAt}`,
          });
          return row;
        });
        console.log(`ticket ${formatTicket(issued.ticket)}  hall ${hall}  window ${window}  valid until ${issued.expiresAt}`);
        return;
      }
      case 'revoke':
      case 'reset-key': {
        const act = options.command === 'revoke' ? revokeToken : resetKey;
        const done = await act(db, options.workstationId, null, `${options.operator}（命令行）`, options.reason);
        console.log(done ? `${options.command} ${options.workstationId}: done` : `no active workstation ${options.workstationId}`);
        if (!done) process.exitCode = 1;
        return;
      }
      case 'deactivate': {
        const done = await deactivateWorkstation(db, options.workstationId, options.reason);
        console.log(done ? `deactivated ${options.workstationId}` : `no active workstation ${options.workstationId}`);
        if (!done) process.exitCode = 1;
        return;
      }
    }
  } finally {
    await db.close();
  }
}

main().catch((error: unknown) => {
  console.error('workstations failed:', error);
  process.exit(1);
});
