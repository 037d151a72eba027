/** `npm run dev`'s page policy: the app's CSP, widened only for the hot-reload client. */
import { createHash } from 'node:crypto';
import { expect, it } from 'vitest';
import { devPagePolicy } from '../../electron/launch/dev-page-policy';
import { RENDERER_CSP } from '../../electron/main/renderer-csp';

const directives = (policy: string) => new Map(policy.split('; ').map((directive) => [directive.split(' ')[0], directive]));
const preamble = 'import { injectIntoGlobalHook } from "/@react-refresh";\ninjectIntoGlobalHook(window);';
const page = `<html><head><script type="module">${preamble}</script><script type="module" src="/@vite/client"></script></head><body></body></html>`;

it('allows exactly the inline scripts of the page, by hash, and nothing inline besides', () => {
  const hash = createHash('sha256').update(preamble).digest('base64');
  const scriptSrc = directives(devPagePolicy(page, 'http://127.0.0.1:47110')).get('script-src');
  expect(scriptSrc).toBe(`script-src 'self' 'sha256-${hash}'`);
  expect(scriptSrc).not.toContain('unsafe');
});

it('lets the page open the hot-reload socket on its own host only', () => {
  expect(directives(devPagePolicy(page, 'http://127.0.0.1:47110')).get('connect-src')).toBe("connect-src 'self' ws://127.0.0.1:47110");
});

it('keeps every other directive of the app policy as it is', () => {
  const dev = directives(devPagePolicy(page, 'http://127.0.0.1:47110'));
  for (const [name, directive] of directives(RENDERER_CSP)) {
    if (name === 'script-src' || name === 'connect-src') continue;
    expect(dev.get(name)).toBe(directive);
  }
  expect(dev.size).toBe(directives(RENDERER_CSP).size);
});
