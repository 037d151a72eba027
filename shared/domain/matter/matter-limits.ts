/**
 * The time limits of a matter as a sequence of legs, per handling mode. A matter decided where
 * the applicant applies (线下一地办, 全程网办) has one leg: the decision. In a mode that
 * forwards the case (异地代收代办, 两地联办) the case travels to the deciding office and the
 * result travels back, so the promise is transfer + decision + return and never "today".
 *
 * 法定: the statute's limit runs from the deciding office's acceptance, i.e. after the transfer
 * leg; the legal plan of a forwarding mode is therefore transfer + statutory limit + return,
 * and a promise fits when its decision leg fits the statute for every start day.
 */
import type { HandlingMode, Matter } from './matter';
import type { TimeLimit } from '../calendar/time-limit';

export const FORWARDING_MODES = ['异地代收代办', '两地联办'] as const satisfies readonly HandlingMode[];
export type ForwardingMode = (typeof FORWARDING_MODES)[number];

export function modeForwards(mode: HandlingMode): mode is ForwardingMode {
  return (FORWARDING_MODES as readonly HandlingMode[]).includes(mode);
}

/** Legs counted one after the other; the end of one is the start of the next. */
export type LimitPlan = readonly TimeLimit[];

type LimitSource = Pick<Matter, 'code' | 'legalLimit' | 'promisedLimit' | 'forwarding'>;

function legsFor(matter: LimitSource, mode: HandlingMode, decision: TimeLimit): LimitPlan {
  if (!modeForwards(mode)) return [decision];
  const legs = matter.forwarding?.[mode];
  if (!legs) throw new RangeError(`${matter.code}：未设定“${mode}”的转送、回传时限，不能按该模式办理`);
  return [legs.transfer, decision, legs.return];
}

/** What the window promises for this mode. Throws for a forwarding mode without legs. */
export function promisedPlan(matter: LimitSource, mode: HandlingMode): LimitPlan {
  return legsFor(matter, mode, matter.promisedLimit);
}

/** The statutory limit for this mode, or undefined when no statute sets one (only 承诺 is printed). */
export function legalPlan(matter: LimitSource, mode: HandlingMode): LimitPlan | undefined {
  return matter.legalLimit ? legsFor(matter, mode, matter.legalLimit) : undefined;
}

/**
 * The limits the legal clock counts for a case in `mode`. Never throws: a case opened in a
 * mode the catalog no longer offers for the matter counts its decision leg only.
 */
export function clockLimitsFor(matter: LimitSource, mode: HandlingMode): { legal?: LimitPlan; promised: LimitPlan } {
  const forwards = modeForwards(mode) && matter.forwarding?.[mode] !== undefined;
  const plan = (decision: TimeLimit): LimitPlan => (forwards ? legsFor(matter, mode, decision) : [decision]);
  return { ...(matter.legalLimit ? { legal: plan(matter.legalLimit) } : {}), promised: plan(matter.promisedLimit) };
}

/** What a receipt prints for the case's mode: the statute's limit if any, the promise, and the travel legs. */
export function printedLimitsFor(
  matter: LimitSource,
  mode: HandlingMode,
): { legal?: TimeLimit; promised: TimeLimit; forwarding?: { transfer: TimeLimit; return: TimeLimit } } {
  const legs = modeForwards(mode) ? matter.forwarding?.[mode] : undefined;
  return {
    ...(matter.legalLimit ? { legal: matter.legalLimit } : {}),
    promised: matter.promisedLimit,
    ...(legs ? { forwarding: { transfer: legs.transfer, return: legs.return } } : {}),
  };
}
