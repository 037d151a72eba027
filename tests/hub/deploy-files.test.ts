/**
 * The deployment files in hub/deploy/ stay true to the code: every variable the example
 * environment sets is one the hub reads, the service and container start the real entry
 * point, and every alert watches a metric the hub exports.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { createHubMetrics } from '../../hub/observability/hub-metrics';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const hubSources = ['hub/bin/serve.ts', 'hub/observability/request-logging.ts'].map(read).join('\n');

describe('hub/deploy', () => {
  it('sets only variables the hub reads', () => {
    const names = read('hub/deploy/hub.env.example')
      .split('\n')
      .filter((line) => /^[A-Z_]+=/.test(line))
      .map((line) => line.slice(0, line.indexOf('=')));
    expect(names.length).toBeGreaterThan(5);
    // HUB_HOST and HUB_PORT reach serve.ts as flags through the unit's ExecStart.
    const unit = read('hub/deploy/chuanyu-hub@.service');
    for (const name of names) expect(hubSources.includes(`process.env.${name}`) || unit.includes(`\${${name}}`), name).toBe(true);
  });

  it('starts the real entry point with the request log on', () => {
    const unit = read('hub/deploy/chuanyu-hub@.service');
    const container = read('hub/deploy/Containerfile');
    for (const text of [unit, container]) {
      expect(text).toContain('hub/bin/serve.ts');
      expect(text).toContain('--log');
    }
    expect(existsSync(new URL('../../hub/bin/serve.ts', import.meta.url))).toBe(true);
    const copied = [...container.matchAll(/^COPY (\S+)/gm)].flatMap((match) => match[1]?.split(' ') ?? []);
    for (const source of copied) expect(existsSync(new URL(`../../${source}`, import.meta.url)), source).toBe(true);
  });

  it('alerts on metrics the hub exports', async () => {
    const rules = (
      parse(read('hub/deploy/prometheus-alerts.yml')) as { groups: { rules: { alert: string; expr: string }[] }[] }
    ).groups.flatMap((group) => group.rules);
    const exported = new Set((await createHubMetrics('51').registry.getMetricsAsJSON()).map((metric) => metric.name));
    const used = rules.flatMap((rule) =>
      [...rule.expr.matchAll(/\b(hub_[a-z_]+?)(?:_bucket|_count|_sum)?[{[ )]/g)].map((match) => ({
        alert: rule.alert,
        name: match[1] ?? '',
      })),
    );
    expect(new Set(used.map((use) => use.name)).size).toBeGreaterThanOrEqual(6);
    for (const { alert, name } of used) expect(exported.has(name), `${alert}: ${name}`).toBe(true);
  });
});
