/**
 * The hubs a launched workstation talks to: HUB_URL (+ HUB_ENROLLMENT_CODE) when configured,
 * else the embedded pair (started, or shared with another instance of this user).
 */
import { join } from 'node:path';
import { hubUrlSchema } from '../../shared/domain/region/hub-url';
import { sameCodeForBoth, type EnrollmentCodes } from '../../shared/sync/enrollment-codes';
import { ensureEmbeddedHubs, nodePairLauncher } from './embedded-hubs';

export interface LaunchHubs {
  hubs: { '51': string; '50': string };
  enrollmentCodes: EnrollmentCodes;
  stop(): Promise<void>;
}

export async function resolveLaunchHubs(repoRoot: string, dataRoot: string): Promise<LaunchHubs> {
  const configured = process.env.HUB_URL;
  if (configured) {
    const checked = hubUrlSchema.safeParse(configured);
    if (!checked.success) throw new Error(`HUB_URL ${configured}：${checked.error.issues[0]?.message ?? '地址不合法'}`);
    return {
      hubs: { '51': configured, '50': configured },
      enrollmentCodes: sameCodeForBoth(process.env.HUB_ENROLLMENT_CODE),
      stop: async () => {},
    };
  }
  const pair = await ensureEmbeddedHubs(
    join(dataRoot, 'hubs'),
    nodePairLauncher([process.execPath, '--import', 'tsx', join(repoRoot, 'hub/bin/embedded-pair.ts')]),
  );
  console.log(`内置交换平台：四川 ${pair.hubs['51']} ，重庆 ${pair.hubs['50']}${pair.owned ? '' : '（复用已运行的实例）'}`);
  return pair;
}
