/**
 * Checks the hub makes on top of the shared state machine: who may submit an event here
 * (the authenticated workstation, or the peer hub for its own province's windows) and that
 * a new case's routing header is self-consistent. All pure; each returns a rejection or
 * undefined.
 */
import type { CaseEvent, Routing } from '../../shared/domain/case/case-events';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import type { Workstation } from './workstations';

export type EventOrigin = { kind: 'local'; workstation: Workstation } | { kind: 'peer'; peerProvince: ProvinceCode };

export interface Rejection {
  code: string;
  message: string;
}

export function isCrossProvince(routing: Routing): boolean {
  return routing.receiving.province !== routing.handling.province;
}

export function checkActor(event: CaseEvent, origin: EventOrigin): Rejection | undefined {
  const { actor } = event;
  if (origin.kind === 'peer') {
    return actor.province === origin.peerProvince
      ? undefined
      : { code: 'ACTOR_MISMATCH', message: '对端交换中心转发的事件只能由对端省（市）的窗口产生' };
  }
  const { workstation } = origin;
  if (actor.workstationId !== workstation.id) {
    return { code: 'ACTOR_MISMATCH', message: '事件的工作站编号与当前登录的工作站不一致' };
  }
  if (actor.province !== workstation.province || actor.hallCode !== workstation.hallCode) {
    return { code: 'ACTOR_MISMATCH', message: '事件的经办省（市）或大厅编码与本工作站的注册信息不一致' };
  }
  return undefined;
}

/** A new case's routing: the receiving side is the accepting window's own place. */
export function checkRouting(routing: Routing, event: CaseEvent): Rejection | undefined {
  const { receiving, handling } = routing;
  const bad = (message: string): Rejection => ({ code: 'BAD_ROUTING', message });
  if (receiving.province !== event.actor.province) return bad('收件地应为受理窗口所在的省（市）');
  if (!receiving.division.startsWith(receiving.province)) return bad('收件地区划代码与所属省（市）不一致');
  if (!receiving.hallCode.startsWith(receiving.division)) return bad('收件大厅编码应以收件地区划代码开头');
  if (!handling.division.startsWith(handling.province)) return bad('办理地区划代码与所属省（市）不一致');
  return undefined;
}

/** The peer only sends cases that involve both provinces; anything else is misrouted. */
export function checkPeerCase(routing: Routing): Rejection | undefined {
  return isCrossProvince(routing) ? undefined : { code: 'NOT_CROSS_PROVINCE', message: '该办件不涉及跨省（市）办理，不应转发到本交换中心' };
}

/** Workstation clocks drift; beyond this the hub flags the event (it never rejects it). */
export const CLOCK_SKEW_LIMIT_MS = 10 * 60 * 1000;
