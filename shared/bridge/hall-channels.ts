/**
 * The bridge channels for the supervisor's hall view (hub-backed: each workstation holds only
 * the cases its hall's feed brought it, the hub holds them all): the host adds the workstation
 * token and the signed-in person's hub session (shared/sync/hall-protocol.ts).
 */
import { z } from 'zod';
import {
  dashboardQuerySchema,
  dashboardSchema,
  hallCasesQuerySchema,
  hallCasesResponseSchema,
  hallFollowUpsSchema,
  hallWarningsSchema,
  hallWorkloadSchema,
  monthlyReportCountsSchema,
  monthlyReportQuerySchema,
  mySupervisionsSchema,
} from '../sync/hall-protocol';

const empty = z.object({}).strict();

/** A whole filtered list as one .xlsx, written by the host page by page (base64: the bridge is JSON in browser mode). */
export const hallExportSchema = z.object({ fileName: z.string().min(1), rows: z.number().int().min(0), dataBase64: z.string() });
export type HallExport = z.infer<typeof hallExportSchema>;

export const hallChannels = {
  'hall:cases': { input: hallCasesQuerySchema, output: hallCasesResponseSchema },
  'hall:exportCases': { input: hallCasesQuerySchema.omit({ cursor: true, limit: true }).strict(), output: hallExportSchema },
  'hall:warnings': { input: empty, output: hallWarningsSchema },
  'hall:workload': { input: empty, output: hallWorkloadSchema },
  'hall:dashboard': { input: dashboardQuerySchema, output: dashboardSchema },
  'hall:monthlyReport': { input: monthlyReportQuerySchema.strict(), output: monthlyReportCountsSchema },
  'hall:followUps': { input: empty, output: hallFollowUpsSchema },
  'hall:mySupervisions': { input: empty, output: mySupervisionsSchema },
} as const;
