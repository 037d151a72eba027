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
/**
 * Every character any rule above could refuse, and every surrogate: almost all text has none,
 * so one scan clears it (the hub runs this on every string of every event it takes in).
 */
const MAYBE_UNCLEAN =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/;

/** Why `text` is refused, in Chinese for the clerk; undefined when it is clean. */
export function textProblem(text: string): string | undefined {
  if (!MAYBE_UNCLEAN.test(text)) return undefined;
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
  // One path stack for the whole walk, copied only when a problem is found: a clean value
  // (nearly every one) allocates nothing per node.
  const path: (string | number)[] = [];
  const visit = (node: unknown): void => {
    if (found.length >= limit) return;
    if (typeof node === 'string') {
      const message = textProblem(node);
      if (message) found.push({ path: [...path], message });
    } else if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        path.push(index);
        visit(node[index]);
        path.pop();
      }
    } else if (typeof node === 'object' && node !== null) {
      for (const key of Object.keys(node)) {
        path.push(key);
        const message = textProblem(key);
        if (message) found.push({ path: [...path], message });
        visit((node as Record<string, unknown>)[key]);
        path.pop();
      }
    }
  };
  visit(value);
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
