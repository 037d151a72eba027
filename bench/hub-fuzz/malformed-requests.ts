/**
 * Malformed requests for every route of a running hub: random JSON bodies of the wrong
 * shapes and types, broken JSON and other content types, huge strings, NUL, lone surrogates,
 * control and bidi characters, path parameters and queries of the same kind, and every
 * credential in the wrong place. The text carries personal data (PERSONAL_DATA) so a run's
 * log can be searched for it. Seeded: a seed replays the same requests.
 */
import type { HubRoute } from '../../hub/http/app';

/** What the fuzz sends and what must never appear in a log. */
export const PERSONAL_DATA = {
  name: '欧阳晓梅',
  idNumber: '51010419900307123X',
  mobile: '13987654321',
  queryPassword: '836152',
} as const;

export interface FuzzCredentials {
  /** A valid workstation token, a staff session of the hall's administrator, the peer secret, the operator token. */
  token: string;
  session: string;
  peerSecret: string;
  adminToken: string;
}

export interface MalformedRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string | undefined;
}

/** mulberry32: small, seedable, good enough to pick cases. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const HOSTILE_TEXT = ['\u0000', '\ud800', '\udfff', '\u001b[2J', '\u202e', '\u2066', '\ufeff', '\u0085', '\u0007', 'a\u0000b', '\ud83d'];
const PERSONAL = Object.values(PERSONAL_DATA);
// Never one or two digits alone: those would make a valid window number and the fuzz would
// issue real tickets (a legitimate write), which "0 rows changed" must not count.
const PLAIN = ['', ' ', 'null', '0x', '-1.5e309', '../../etc/passwd', '<script>', "'; DROP TABLE events; --", '川渝通办'];
const KEYS = [
  'events',
  'enrollmentCode',
  'ticket',
  'workstationId',
  'identity',
  'publicKey',
  'proof',
  'username',
  'password',
  'name',
  'roles',
  'window',
  'reason',
  'validHours',
  'queryPassword',
  'applicant',
  'idNumber',
  'mobile',
  'eventIds',
  'operator',
  'note',
  'cursor',
  'replicaId',
  'hall',
  'province',
  'at',
  'signature',
  '__proto__',
  'constructor',
];
const PARAM_VALUES = [
  '%00',
  '%ED%A0%80',
  '%E2%80%AE',
  '..%2F..%2Fetc',
  'A'.repeat(400),
  '01ARZ3NDEKTSV4RRFFQ69G5FAV',
  '0'.repeat(64),
  encodeURIComponent(PERSONAL_DATA.name),
  PERSONAL_DATA.idNumber,
  '-1',
  '%',
];
const QUERY_VALUES = ['-1', 'abc', '0', '99999999999999999999', '%00', '%E2%80%AE', encodeURIComponent(PERSONAL_DATA.mobile), ''];

export function createMalformedRequests(routes: readonly HubRoute[], credentials: FuzzCredentials, seed: number) {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

  function text(): string {
    const roll = random();
    if (roll < 0.3) return pick(HOSTILE_TEXT) + pick(PERSONAL) + pick(HOSTILE_TEXT);
    if (roll < 0.5) return pick(PERSONAL);
    if (roll < 0.55) return pick(PERSONAL).repeat(20_000);
    return pick(PLAIN);
  }

  function value(depth: number): unknown {
    const roll = random();
    if (depth > 3 || roll < 0.35) return text();
    if (roll < 0.45) return pick([0, -1, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2, true, false, null]);
    if (roll < 0.65) return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1));
    return Object.fromEntries(
      Array.from({ length: 1 + Math.floor(random() * 5) }, () => [random() < 0.8 ? pick(KEYS) : text(), value(depth + 1)]),
    );
  }

  function body(): { body: string | undefined; contentType: string | undefined } {
    const roll = random();
    if (roll < 0.6) return { body: JSON.stringify(value(0)), contentType: 'application/json' };
    if (roll < 0.7) return { body: '{"events":[{"id":', contentType: 'application/json' };
    if (roll < 0.75) return { body: `{"name":"${PERSONAL_DATA.name}\u0000","n":1e999999}`, contentType: 'application/json' };
    if (roll < 0.8) return { body: JSON.stringify(value(0)), contentType: 'text/plain' };
    if (roll < 0.85) return { body: `name=${encodeURIComponent(PERSONAL_DATA.name)}`, contentType: 'application/x-www-form-urlencoded' };
    if (roll < 0.88) return { body: 'x'.repeat(6 * 1024 * 1024), contentType: 'application/json' };
    if (roll < 0.9) return { body: '', contentType: 'application/json' };
    return { body: undefined, contentType: undefined };
  }

  /** The credential the route takes, most of the time, so requests get past the door to the inner checks. */
  function rightCredential(route: HubRoute): string {
    if (route.url.startsWith('/v1/admin')) return credentials.adminToken;
    if (route.url.startsWith('/v1/exchange')) return credentials.peerSecret;
    return credentials.token;
  }

  function authorization(route: HubRoute): Record<string, string> {
    const bearer =
      random() < 0.7
        ? rightCredential(route)
        : pick([
            credentials.token,
            credentials.peerSecret,
            credentials.adminToken,
            'garbage',
            PERSONAL_DATA.idNumber,
            'A'.repeat(5_000),
            '',
          ]);
    const roll = random();
    const headers: Record<string, string> = {};
    if (roll < 0.8) headers.authorization = random() < 0.9 ? `Bearer ${bearer}` : `Basic ${bearer}`;
    if (random() < 0.5) headers['x-staff-session'] = random() < 0.6 ? credentials.session : 'not-a-session';
    return headers;
  }

  function path(route: HubRoute): string {
    // '::' is an escaped colon (`/v1/events::push` serves `/v1/events:push`), ':name' a parameter.
    const filled = route.url
      .split('::')
      .map((part) => part.replace(/:(\w+)/g, () => pick(PARAM_VALUES)))
      .join(':');
    // A long poll must not hold the run: its wait is always tiny or invalid.
    const waitMs = route.url.includes('wait') ? `waitMs=${pick(['-1', 'abc', '0', '20'])}` : '';
    const query = Array.from(
      { length: Math.floor(random() * 3) },
      () => `${pick(['cursor', 'limit', 'eventId', 'from', 'to', pick(KEYS)])}=${pick(QUERY_VALUES)}`,
    );
    const all = [waitMs, ...query].filter((part) => part.length > 0);
    return all.length > 0 ? `${filled}?${all.join('&')}` : filled;
  }

  return function next(): MalformedRequest {
    const route = pick(routes);
    const headers = authorization(route);
    // Signing out with the real session is a legitimate write (and would end the session).
    if (route.url.endsWith('sign-out') && headers['x-staff-session'] === credentials.session) headers['x-staff-session'] = 'not-a-session';
    let payload: string | undefined;
    if (route.method !== 'GET') {
      const made = body();
      payload = made.body;
      if (made.contentType) headers['content-type'] = made.contentType;
    }
    return { method: route.method, path: path(route), headers, body: payload };
  };
}
