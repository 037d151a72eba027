/**
 * One rule for every text a person or a program hands us: no character that is invisible,
 * unstorable or able to disguise what a text says. Refused: NUL and the other C0/C1 control
 * characters (tab, line feed and carriage return are text), lone UTF-16 surrogates (no
 * character at all; PostgreSQL cannot store them), the bidirectional overrides, embeddings,
 * isolates and marks (U+202E makes "gpj.exe" read "exe.jpg"), the byte-order mark and the
 * noncharacters U+FFFE/U+FFFF. Applied at the hub's door (every request body), at the
 * workstation host's bridge (every call) and in the forms (a Chinese message on the field).
 */
import type { z } from 'zod';

// Matching control characters is this rule's purpose.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const NOT_CHARACTERS = /[\uFEFF\uFFFE\uFFFF]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why `text` is refused, in Chinese for the clerk; undefined when it is clean. */
export function textProblem(text: string): string | undefined {
  if (LONE_SURROGATE.test(text)) return '含有无法识别的字符（不完整的编码），请删除后重新输入';
  if (CONTROL.test(text)) return '含有不可见的控制字符，请删除后重新输入';
  if (BIDI.test(text)) return '含有改变文字方向的控制字符，请删除后重新输入';
  if (NOT_CHARACTERS.test(text)) return '含有不可见的特殊字符（如字节顺序标记），请删除后重新输入';
  return undefined;
}

export interface UncleanText {
  path: (string | number)[];
  message: string;
}

/** Every unclean string (or object key) in a parsed JSON value, with where it is. */
export function findUncleanText(value: unknown, limit = 20): UncleanText[] {
  const found: UncleanText[] = [];
  const visit = (node: unknown, path: (string | number)[]): void => {
    if (found.length >= limit) return;
    if (typeof node === 'string') {
      const message = textProblem(node);
      if (message) found.push({ path, message });
    } else if (Array.isArray(node)) {
      node.forEach((item, index) => visit(item, [...path, index]));
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        const message = textProblem(key);
        if (message) found.push({ path: [...path, key], message });
        visit(child, [...path, key]);
      }
    }
  };
  visit(value, []);
  return found;
}

/** "applicant.name", "materials[2].name": where a problem is, for messages. */
export function formatTextPath(path: readonly (string | number)[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${part}`)).join('');
}

/** The schema, refusing unclean text anywhere in its input with the message on that field. */
export function withCleanText<S extends z.ZodType>(schema: S): S {
  return schema.superRefine((value, ctx) => {
    for (const problem of findUncleanText(value)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
  }) as unknown as S;
}
