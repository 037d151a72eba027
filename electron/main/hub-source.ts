/**
 * Where the workstation finds its province hubs, decided from the environment:
 *  1. CHUANYU_HUB_URLS + CHUANYU_ENROLLMENT_CODES (one code per province) — set by the `npm start` launcher;
 *  2. HUB_URL (+ HUB_ENROLLMENT_CODE) — one hub serving both provinces;
 *  3. otherwise the embedded pair, started (or reused) by the app itself.
 */
import { z } from 'zod';
import { hubUrlSchema } from '../../shared/domain/region/hub-url';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import { enrollmentCodesSchema, sameCodeForBoth, type EnrollmentCodes } from '../../shared/sync/enrollment-codes';

export type HubSource = { kind: 'given'; hubUrls: Record<ProvinceCode, string>; enrollmentCodes: EnrollmentCodes } | { kind: 'embedded' };

const hubUrlsSchema = z.object({ '51': hubUrlSchema, '50': hubUrlSchema });

/** The first problem's message, for an error that says which variable to fix. */
const firstProblem = (error: z.ZodError) => error.issues[0]?.message ?? '地址不合法';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function hubSourceFromEnv(env: NodeJS.ProcessEnv): HubSource {
  const launcherUrls = env.CHUANYU_HUB_URLS;
  const launcherCodes = env.CHUANYU_ENROLLMENT_CODES;
  if (launcherUrls && launcherCodes) {
    const parsed = hubUrlsSchema.safeParse(parseJson(launcherUrls));
    // A launcher bug should stop the app loudly, not send cases to the wrong place.
    if (!parsed.success) throw new Error(`CHUANYU_HUB_URLS 不是有效的交换平台地址（${firstProblem(parsed.error)}）：${launcherUrls}`);
    const codes = enrollmentCodesSchema.safeParse(parseJson(launcherCodes));
    if (!codes.success) throw new Error(`CHUANYU_ENROLLMENT_CODES 不是有效的各省注册码（${firstProblem(codes.error)}）`);
    return { kind: 'given', hubUrls: parsed.data, enrollmentCodes: codes.data };
  }
  const singleHub = env.HUB_URL;
  if (singleHub) {
    const parsed = hubUrlSchema.safeParse(singleHub);
    if (!parsed.success) throw new Error(`HUB_URL 不是有效的交换平台地址（${firstProblem(parsed.error)}）：${singleHub}`);
    return { kind: 'given', hubUrls: { '51': singleHub, '50': singleHub }, enrollmentCodes: sameCodeForBoth(env.HUB_ENROLLMENT_CODE) };
  }
  return { kind: 'embedded' };
}
