/**
 * The bridge channels for the hall's workstations, for its 系统管理员: issue a one-time
 * enrollment ticket for a window, list the hall's workstations, revoke a token, reset a lost
 * key, and read who did what. The host calls the hub with the signed-in person's session
 * (shared/sync/enrollment-ticket-protocol.ts); the hub checks the role again.
 */
import { z } from 'zod';
import { ulidSchema } from '../domain/validators/ulid';
import {
  hallWorkstationsSchema,
  issuedTicketSchema,
  issueTicketRequestSchema,
  workstationActionRequestSchema,
  workstationActionsSchema,
} from '../sync/enrollment-ticket-protocol';

const empty = z.object({}).strict();

export const workstationActionInputSchema = z.object({ id: ulidSchema }).merge(workstationActionRequestSchema).strict();

const done = z.object({ done: z.literal(true) });

export const workstationAdminChannels = {
  'workstations:issueTicket': { input: issueTicketRequestSchema.strict(), output: issuedTicketSchema },
  'workstations:list': { input: empty, output: hallWorkstationsSchema },
  'workstations:revoke': { input: workstationActionInputSchema, output: done },
  'workstations:resetKey': { input: workstationActionInputSchema, output: done },
  'workstations:actions': { input: empty, output: workstationActionsSchema },
} as const;
