/**
 * Every 4xx/5xx body is `{error:{code, message}}` (hubErrorSchema) with a Chinese message a
 * clerk can act on. Handlers throw HubHttpError; the app's error handler maps Fastify's own
 * errors (body too large, bad JSON) onto the same shape.
 */
import type { FastifyError } from 'fastify';
import { z } from 'zod';
import type { HubError } from '../../shared/sync/protocol';
import { findUncleanText, formatTextPath } from '../../shared/util/clean-text';

export class HubHttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'HubHttpError';
  }
}

export function errorBody(code: string, message: string): HubError {
  return { error: { code, message } };
}

// Shared schemas carry Chinese messages for the rules a clerk meets; zod's own generic
// messages ("expected string") come out in Chinese too with its zh-CN locale.
const chineseIssues = z.locales.zhCN().localeError;

/** Parses untrusted input; the first issue becomes a 400 naming the field. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  // Before the schema: a NUL or a lone surrogate must never reach the database (500) or a log.
  const [unclean] = findUncleanText(input, 1);
  if (unclean) throw new HubHttpError(400, 'BAD_TEXT', `请求内容有误（${formatTextPath(unclean.path)}）：${unclean.message}`);
  const result = schema.safeParse(input, { error: chineseIssues });
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? `（${formatPath(issue.path)}）` : '';
  throw new HubHttpError(400, 'BAD_REQUEST', `请求内容有误${where}：${issue?.message ?? '格式不正确'}`);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`)).join('');
}

/** Maps any error to a status and body; unknown errors are 500 and logged by the caller. */
export function toErrorResponse(error: unknown): { statusCode: number; body: HubError } {
  if (error instanceof HubHttpError) {
    return { statusCode: error.statusCode, body: errorBody(error.code, error.message) };
  }
  const fastifyError = error as Partial<FastifyError>;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { statusCode: 413, body: errorBody('BODY_TOO_LARGE', '请求内容过大（上限5 MB），请分批提交') };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { statusCode: 415, body: errorBody('UNSUPPORTED_MEDIA_TYPE', '请求内容类型应为 application/json') };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { statusCode: 400, body: errorBody('BAD_REQUEST', '请求内容为空') };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { statusCode: 400, body: errorBody('BAD_JSON', '请求内容不是有效的JSON') };
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return { statusCode: 400, body: errorBody('BAD_JSON', '请求内容不是有效的JSON') };
  }
  const status = fastifyError.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return { statusCode: status, body: errorBody('BAD_REQUEST', `请求无效（${fastifyError.code ?? status}）`) };
  }
  return { statusCode: 500, body: errorBody('INTERNAL', '交换中心内部错误，请稍后重试') };
}
