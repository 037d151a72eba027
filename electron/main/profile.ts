/**
 * Profiles let two workstations (say a 四川 and a 重庆 window for a demo) run side by side
 * on one machine: each gets its own userData, hence its own settings and IndexedDB.
 */
export const DEFAULT_PROFILE = 'default';

/** A directory name on every platform, no separators or dots to climb out of the profiles folder. */
const PROFILE_NAME = /^[A-Za-z0-9_-]{1,40}$/;

function profileFromArgs(argv: readonly string[]): string | undefined {
  for (const [index, arg] of argv.entries()) {
    // A dangling --profile yields '', which the name check refuses.
    if (arg === '--profile') return argv[index + 1] ?? '';
    if (arg.startsWith('--profile=')) return arg.slice('--profile='.length);
  }
  return undefined;
}

/** `--profile NAME` wins over CHUANYU_PROFILE; an invalid name is an error, not a silent default. */
export function chooseProfile(argv: readonly string[], env: NodeJS.ProcessEnv): string {
  const chosen = profileFromArgs(argv) ?? env.CHUANYU_PROFILE ?? DEFAULT_PROFILE;
  if (!PROFILE_NAME.test(chosen)) {
    throw new Error(`工作站配置名“${chosen}”不合法：只能使用字母、数字、下划线和连字符（最多40个字符）`);
  }
  return chosen;
}
