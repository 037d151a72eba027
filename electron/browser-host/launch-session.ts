/**
 * Binds browser mode to the browser its launcher opened. The host mints one-time launch
 * codes; the launcher puts one in the address it opens (`/?launch=CODE`). Redeeming it sets
 * an HttpOnly, SameSite=Strict session cookie, and only a request carrying that cookie gets
 * the page with the bridge token. Any other local process or user that asks for `GET /`
 * gets no token, and a code works once, so one read off a screen or a history is spent.
 *
 * Cookies are not separated by port, so the cookie's name carries it: two profiles on
 * 127.0.0.1 in one browser keep their own sessions.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';

export interface LaunchSession {
  /** A fresh one-time code for a launch address. */
  issueCode(): string;
  /** The Set-Cookie header for an unused code (now spent); null for any other. */
  redeem(code: string): string | null;
  /** Whether the request's Cookie header carries this launch's session. */
  isSignedIn(cookieHeader: string | undefined): boolean;
}

const secret = () => randomBytes(24).toString('base64url');

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function createLaunchSession(port: number): LaunchSession {
  const cookieName = `chuanyu_session_${port}`;
  const session = secret();
  const unusedCodes = new Set<string>();

  return {
    issueCode() {
      const code = secret();
      unusedCodes.add(code);
      return code;
    },
    redeem(code) {
      if (!unusedCodes.delete(code)) return null;
      // No Max-Age: the session ends with the browser, and the host mints a new one per start.
      return `${cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`;
    },
    isSignedIn(cookieHeader) {
      for (const part of (cookieHeader ?? '').split(';')) {
        const [name, ...value] = part.trim().split('=');
        if (name === cookieName && sameSecret(value.join('='), session)) return true;
      }
      return false;
    },
  };
}
