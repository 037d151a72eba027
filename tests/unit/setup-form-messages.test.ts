import { describe, expect, it } from 'vitest';
import { setupFormSchema, SETUP_DEFAULTS } from '../../renderer/features/setup/setup-form';

/** First-run input a new clerk might type: every field too long or malformed. */
const TOO_LONG = {
  ...SETUP_DEFAULTS,
  province: '51',
  division: '510104',
  hallNumber: '01',
  hallName: '锦'.repeat(61),
  hallPhone: '0'.repeat(31),
  window: '123',
} as const;

describe('first-run setup speaks Chinese', () => {
  it('answers too-long and malformed input with Chinese messages on the right fields', () => {
    const result = setupFormSchema.safeParse(TOO_LONG);
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
    expect(messages).toEqual({ hallName: '大厅名称不超过60字', hallPhone: '咨询电话不超过30字', window: '窗口号应为1至2位数字' });
  });
});
