/**
 * The renderer's build checks the seeds it bundles (renderer/vite.config.ts): a seed that
 * does not pass its shared schema fails the build with the file and the schema's complaint,
 * and a good one is bundled as the schema's output.
 */
import { readFileSync } from 'node:fs';
import type { Plugin, UserConfig } from 'vite';
import { describe, expect, it } from 'vitest';
import config from '../../renderer/vite.config';

const plugin = ((config as UserConfig).plugins ?? [])
  .flat()
  .find((candidate): candidate is Plugin => (candidate as Plugin | null)?.name === 'chuanyu-checked-seeds');

/** Runs the plugin's transform as Vite would, with `this.error` throwing as Vite's does. */
function transform(code: string, id: string): unknown {
  const hook = plugin?.transform;
  const handler = typeof hook === 'function' ? hook : hook?.handler;
  if (!handler) throw new Error('the renderer build has no seed check');
  const context = {
    error(message: string): never {
      throw new Error(message);
    },
  };
  return (handler as (this: typeof context, code: string, id: string) => unknown).call(context, code, id);
}

const matters = readFileSync(new URL('../../seeds/matters.json', import.meta.url), 'utf8');
const catalogId = '/repo/seeds/matters.json';

describe('the seed check in the renderer build', () => {
  it('bundles a good catalog as its schema output', () => {
    const result = transform(matters, catalogId) as { code: string };
    const bundled = JSON.parse(result.code) as { code: string }[];
    expect(bundled.map((matter) => matter.code)).toEqual((JSON.parse(matters) as { code: string }[]).map((matter) => matter.code));
  });

  it('fails the build on a matter without a name, naming the file and the field', () => {
    const [first, ...rest] = JSON.parse(matters) as Record<string, unknown>[];
    const broken = [{ ...first, name: undefined }, ...rest];
    expect(() => transform(JSON.stringify(broken), `${catalogId}?import`)).toThrow(
      /seeds\/matters\.json does not pass its schema:[\s\S]*name/,
    );
  });

  it('fails the build on a holiday calendar that is not one', () => {
    expect(() => transform(JSON.stringify({ years: 'soon' }), '/repo/seeds/holidays-cn.json')).toThrow(
      /holidays-cn\.json does not pass its schema/,
    );
  });

  it('leaves every other module alone', () => {
    expect(transform('export const x = 1;', '/repo/renderer/main.tsx')).toBeNull();
  });
});
