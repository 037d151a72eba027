/**
 * The release workflow (.github/workflows/release.yml) cannot run here (no internet, no
 * Windows); this checks what it would do: both installers from electron-builder, the fast
 * gate before packaging, and only npm scripts that exist.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const workflow = parse(readFileSync(new URL('../../.github/workflows/release.yml', import.meta.url), 'utf8')) as {
  on: { push: { tags: string[] } };
  jobs: Record<string, { strategy?: { matrix: { include: { os: string; targets: string }[] } }; steps: { run?: string; uses?: string }[] }>;
};
const scripts = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { scripts: Record<string, string> })
  .scripts;

describe('release workflow', () => {
  const installers = workflow.jobs.installers;

  it('runs on version tags and builds the Windows NSIS and Linux deb/AppImage installers', () => {
    expect(workflow.on.push.tags).toEqual(['v*']);
    const targets = installers?.strategy?.matrix.include.map((entry) => [entry.os, entry.targets]);
    expect(targets).toEqual([
      ['windows-latest', '--win nsis'],
      ['ubuntu-latest', '--linux deb AppImage'],
    ]);
    expect(installers?.steps.some((step) => step.run?.includes('npx electron-builder ${{ matrix.targets }} --publish never'))).toBe(true);
  });

  it('passes the fast gate and builds before packaging, with scripts that exist', () => {
    const runs = (installers?.steps ?? []).flatMap((step) => (step.run ? [step.run] : []));
    const npmScripts = runs.flatMap((run) => [...run.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1] as string));
    expect(npmScripts).toEqual(['test:fast', 'build']);
    for (const name of npmScripts) expect(scripts[name], name).toBeDefined();
    expect(runs.findIndex((run) => run.includes('npm run build'))).toBeLessThan(runs.findIndex((run) => run.includes('electron-builder')));
  });

  it('attaches the installers to the tag’s release', () => {
    expect(workflow.jobs.release?.steps.map((step) => step.uses)).toEqual([
      'actions/download-artifact@v4',
      'softprops/action-gh-release@v2',
    ]);
  });
});
