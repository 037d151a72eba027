/**
 * The limits of a case's receiving part (收件地环节), each in working days: pushing it to the
 * handling place (推送, counted from 受理, or 补正 when materials came late), posting the paper
 * originals (寄递, 异地代收代办, from the same day), and handing the result to the applicant
 * (送达, from the day the result is there: 出具结果, or the decision when it is a 不予).
 *
 * 推送 and 送达 are the transfer and return legs the catalog sets for a forwarding mode
 * (matter.forwarding, matter-limits.ts, with their basis where one is known). Where the
 * catalog sets none (a mode that does not forward) and for 寄递, which no source in the
 * handbook fixes, the hall sets its own in 设置; there is no default: an unset leg is shown
 * but never judged. The limits that applied are recorded in the case's opening event, so the
 * handling province (which knows neither this hall's settings nor, perhaps, the same catalog
 * version) counts the same days.
 */
import { z } from 'zod';
import { modeForwards } from '../matter/matter-limits';
import { type HandlingMode, type Matter } from '../matter/matter';
import { timeLimitSchema, type TimeLimit } from '../calendar/time-limit';

export const RECEIVING_LEGS = ['forward', 'post', 'deliver'] as const;
export type ReceivingLeg = (typeof RECEIVING_LEGS)[number];
export const RECEIVING_LEG_LABELS: Record<ReceivingLeg, string> = { forward: '推送办理地', post: '寄递纸质原件', deliver: '送达办理结果' };

export const receivingLimitsSchema = z.object({
  forward: timeLimitSchema.optional(),
  post: timeLimitSchema.optional(),
  deliver: timeLimitSchema.optional(),
});
export type ReceivingLimits = z.infer<typeof receivingLimitsSchema>;

/** The longest limit a hall may set itself. */
export const MAX_HALL_LEG_DAYS = 30;
const hallDays = z
  .number()
  .int()
  .min(0)
  .max(MAX_HALL_LEG_DAYS, { message: `时限不超过${MAX_HALL_LEG_DAYS}个工作日` })
  .optional();
/** What 设置 stores: working days per leg, each optional. */
export const hallReceivingDaysSchema = z.object({ forward: hallDays, post: hallDays, deliver: hallDays });
export type HallReceivingDays = z.infer<typeof hallReceivingDaysSchema>;

/**
 * The limits to record on a new case in `mode`: the catalog's transfer and return legs for a
 * forwarding mode, else the hall's days (no basis: set locally); legs with neither are left
 * out. Undefined when none applies.
 */
export function receivingLimitsFor(
  matter: Partial<Pick<Matter, 'forwarding'>>,
  mode: HandlingMode,
  hall: HallReceivingDays | undefined,
): ReceivingLimits | undefined {
  const legs = modeForwards(mode) ? matter.forwarding?.[mode] : undefined;
  const days = (leg: ReceivingLeg): TimeLimit | undefined => {
    const amount = hall?.[leg];
    return amount === undefined ? undefined : { amount, unit: 'working-days' };
  };
  const limits: ReceivingLimits = {
    ...optional('forward', legs?.transfer ?? days('forward')),
    ...optional('post', days('post')),
    ...optional('deliver', legs?.return ?? days('deliver')),
  };
  return Object.keys(limits).length > 0 ? limits : undefined;
}

function optional(leg: ReceivingLeg, limit: TimeLimit | undefined): ReceivingLimits {
  return limit ? { [leg]: limit } : {};
}
