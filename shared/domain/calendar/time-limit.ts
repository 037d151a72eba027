/** A time limit as the law or the catalog states it; the calendar turns it into a due date. */
import { z } from 'zod';

export const timeLimitSchema = z.object({
  amount: z.number().int().min(0),
  unit: z.enum(['working-days', 'calendar-days', 'immediate']),
  /** Where the limit comes from (law, regulation); absent for locally set limits. */
  basis: z.string().min(2).optional(),
  /**
   * A calendar-day limit whose last day is not a working day ends on the next working day
   * (民法典 §203 by analogy); 'as-is' only where the basis itself says otherwise.
   */
  lastDay: z.enum(['next-working-day', 'as-is']).optional(),
});
export type TimeLimit = z.infer<typeof timeLimitSchema>;
