/** Accounts and sign-ins for hub suites: the hall's first administrator, more accounts, sessions. */
import { expect } from 'vitest';
import type { Actor } from '../../shared/domain/case/case-events';
import type { StaffRole } from '../../shared/domain/case/staff';
import { signInResponseSchema, STAFF_SESSION_HEADER, type SignInResponse } from '../../shared/sync/staff-protocol';
import type { HubHandle } from '../../hub/start-hub';
import { request, type EnrolledWorkstation, type HttpResult } from './fixtures';

export const PASSWORD = 'chuanyu2026';

export function staffCall<T = unknown>(
  hub: HubHandle,
  path: string,
  workstation: EnrolledWorkstation,
  init: { session?: string; json?: unknown; method?: string } = {},
): Promise<HttpResult<T>> {
  return request<T>(`${hub.url}${path}`, {
    token: workstation.token,
    ...(init.json === undefined ? {} : { json: init.json }),
    ...(init.method ? { method: init.method } : {}),
    headers: init.session ? { [STAFF_SESSION_HEADER]: init.session } : {},
  });
}

/** The hall's first account (an administrator who is also a window clerk), signed in. */
export async function bootstrapAdmin(hub: HubHandle, workstation: EnrolledWorkstation, username = 'admin01'): Promise<SignInResponse> {
  const result = await staffCall(hub, '/v1/staff/bootstrap', workstation, {
    json: { username, name: '周管理', roles: ['admin', 'clerk'], password: PASSWORD },
  });
  expect(result.status, JSON.stringify(result.body)).toBe(201);
  return signInResponseSchema.parse(result.body);
}

export async function createAccount(
  hub: HubHandle,
  workstation: EnrolledWorkstation,
  adminSession: string,
  username: string,
  name: string,
  roles: StaffRole[],
) {
  const result = await staffCall<{ id: string }>(hub, '/v1/staff/accounts', workstation, {
    session: adminSession,
    json: { username, name, roles, password: PASSWORD },
  });
  expect(result.status, JSON.stringify(result.body)).toBe(201);
  return result.body;
}

export async function signIn(
  hub: HubHandle,
  workstation: EnrolledWorkstation,
  username: string,
  password = PASSWORD,
): Promise<SignInResponse> {
  const result = await staffCall(hub, '/v1/staff/sign-in', workstation, { json: { username, password } });
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  return signInResponseSchema.parse(result.body);
}

/** The workstation's actor as the signed-in person. */
export function actorAs(workstation: EnrolledWorkstation, person: SignInResponse): Actor {
  return { ...workstation.actor, clerk: person.account.name, accountId: person.account.id };
}
