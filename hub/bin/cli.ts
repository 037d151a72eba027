/** Small helpers shared by the hub's command-line entry points. */
import { PROVINCE_CODES, type ProvinceCode } from '../../shared/domain/region/provinces';

export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseProvince(value: string | undefined): ProvinceCode {
  const province = PROVINCE_CODES.find((code) => code === value);
  if (!province) throw new UsageError(`--province must be one of ${PROVINCE_CODES.join(', ')}`);
  return province;
}

export function parsePort(value: string | undefined, flag: string): number {
  if (value === undefined) return 0;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new UsageError(`${flag} must be a port number`);
  return port;
}

/**
 * Runs `shutdown` once on SIGTERM/SIGINT, then exits. A second signal while shutting down
 * exits at once (an operator pressing Ctrl-C twice means it).
 */
export function exitOnSignals(shutdown: () => Promise<void>): () => Promise<void> {
  let stopping = false;
  const stop = async (exitCode = 0) => {
    if (stopping) process.exit(1);
    stopping = true;
    try {
      await shutdown();
    } catch (error) {
      console.error('shutdown failed:', error);
      exitCode = 1;
    }
    process.exit(exitCode);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  return () => stop();
}

/** A mistake in the command line: ours, or one node:util parseArgs found. */
export function isUsageError(error: unknown): error is Error {
  return error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
}

export function failUsage(error: unknown, usage: string): never {
  if (isUsageError(error)) {
    console.error(`${error.message}\n\n${usage}`);
    process.exit(2);
  }
  throw error;
}
