/**
 * Bounds on what one event can weigh: the field caps of the shared schemas (with Chinese
 * messages) and the serialized-size cap the hubs enforce. Every event a catalog form can
 * produce must fit far inside the cap, so only a hand-made event ever meets it.
 */
import { describe, expect, it } from 'vitest';
import { caseEventSchema, type CaseEvent } from '../../../shared/domain/case/case-events';
import type { FieldSpec, ScalarField } from '../../../shared/domain/matter/form-fields';
import { matterCatalogSchema } from '../../../shared/domain/matter/matter';
import type { DetailItem, DetailScalar, DetailsValues } from '../../../shared/domain/matter/detail-values';
import { validScalarFor } from '../../../shared/forms/valid-fixture';
import { eventTooLarge, MAX_EVENT_BYTES, serializedBytes } from '../../../shared/sync/size-limits';
import mattersJson from '../../../seeds/matters.json';
import { acceptedCase } from '../fixtures/events';

const matters = matterCatalogSchema.parse(mattersJson);
// 3 bytes in UTF-8, as most Chinese characters.
const WIDE = '鑫';

function longestScalar(field: ScalarField): DetailScalar {
  if (field.kind === 'text') return WIDE.repeat(field.maxLength);
  if (field.kind === 'address') return WIDE.repeat(120);
  return validScalarFor(field);
}

/** The biggest details a form of these fields can hold: every text full, every group full. */
function largestDetails(fields: readonly FieldSpec[]): DetailsValues {
  return Object.fromEntries(
    fields.map((field) => {
      if (field.kind !== 'group') return [field.key, longestScalar(field)];
      const item: DetailItem = Object.fromEntries(field.fields.map((inner) => [inner.key, longestScalar(inner)]));
      return [field.key, Array.from({ length: field.maxItems }, () => item)];
    }),
  );
}

async function acceptedWith(change: (payload: Extract<CaseEvent, { type: 'accepted' }>['payload']) => void): Promise<unknown> {
  const [accepted] = await acceptedCase();
  if (accepted?.type !== 'accepted') throw new Error('fixture changed');
  const copy = structuredClone(accepted);
  change(copy.payload);
  return copy;
}

const firstMessage = (value: unknown) => caseEventSchema.safeParse(value).error?.issues[0]?.message;

describe('serialized size', () => {
  it('counts UTF-8 bytes of the JSON, as the wire carries them', () => {
    for (const value of [{ a: 'ascii' }, { 名称: '川渝通办' }, { emoji: '𪚥😀', mixed: 'a中\u00e9' }, ['\n"\\']]) {
      expect(serializedBytes(value)).toBe(Buffer.byteLength(JSON.stringify(value), 'utf8'));
    }
  });

  it('refuses an event above the cap with a message that says how big it is and what to do', () => {
    const big = { padding: 'x'.repeat(MAX_EVENT_BYTES) };
    expect(eventTooLarge(big)).toEqual({
      code: 'EVENT_TOO_LARGE',
      message: expect.stringMatching(/事件内容过大（约257 KB，交换平台上限256 KB）.*请联系系统管理员/),
    });
    expect(eventTooLarge({ padding: 'x'.repeat(1000) })).toBeUndefined();
  });
});

describe('the largest 受理 event a form can produce', () => {
  it.each(matters.map((matter) => [matter.code, matter] as const))('%s fits the schema and the event cap', async (_code, matter) => {
    const event = await acceptedWith((payload) => {
      payload.details = largestDetails(matter.fields);
      payload.materials = matter.materials.map((material) => ({
        code: material.code,
        name: material.name,
        form: material.form,
        copies: material.copies,
      }));
    });
    expect(caseEventSchema.safeParse(event).error?.issues ?? []).toEqual([]);
    expect(serializedBytes(event)).toBeLessThan(MAX_EVENT_BYTES / 4);
  });

  it('fits the cap with every top-level field at its longest: only groups can push an event over it', async () => {
    const details = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`field${i}`, WIDE.repeat(500)]));
    const event = await acceptedWith((payload) => (payload.details = details));
    expect(caseEventSchema.safeParse(event).success).toBe(true);
    expect(serializedBytes(event)).toBeLessThan(MAX_EVENT_BYTES);
  });
});

describe('field caps', () => {
  it('caps a matter field’s text, a group’s items and the number of fields', async () => {
    expect(firstMessage(await acceptedWith((payload) => (payload.details = { note: WIDE.repeat(501) })))).toBe(
      '事项信息的每项内容不超过500字',
    );
    const item = { name: '张三' };
    expect(firstMessage(await acceptedWith((payload) => (payload.details = { members: Array.from({ length: 21 }, () => item) })))).toBe(
      '事项信息的每组不超过20条',
    );
    const many = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, '']));
    expect(firstMessage(await acceptedWith((payload) => (payload.details = many)))).toBe('事项信息不超过100项');
    expect(firstMessage(await acceptedWith((payload) => (payload.details = { ['k'.repeat(65)]: '' })))).toBe(
      '事项信息的字段键不超过64个字符',
    );
  });

  it('caps the matter and the materials an event carries', async () => {
    expect(firstMessage(await acceptedWith((payload) => (payload.matter.name = WIDE.repeat(201))))).toBe('事项名称不超过200字');
    const material = { code: 'M-ID', name: '申请人居民身份证', form: 'original' as const, copies: 1 };
    expect(firstMessage(await acceptedWith((payload) => (payload.materials = Array.from({ length: 101 }, () => material))))).toBe(
      '材料清单不超过100项',
    );
    expect(firstMessage(await acceptedWith((payload) => (payload.materials = [{ ...material, name: WIDE.repeat(201) }])))).toBe(
      '材料名称不超过200字',
    );
  });
});
