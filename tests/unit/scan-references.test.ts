/** Which scans a case has travels in its events: each received material lists its scans by hash. */
import { describe, expect, it } from 'vitest';
import { receivedMaterialSchema } from '../../shared/domain/matter/application';
import { acceptCase } from '../../shared/domain/case/case-commands';
import { caseEventSchema } from '../../shared/domain/case/case-events';
import { foldCase } from '../../shared/domain/case/case-state';
import { withScans } from '../../renderer/features/cases/actions/supplement-materials';
import { acceptanceInput } from './fixtures/events';

const ID_SCAN = { sha256: 'a'.repeat(64), fileName: '身份证正反面.jpg', mimeType: 'image/jpeg' as const, bytes: 812_345 };

describe('scan references on received materials', () => {
  it('受理 lists each material’s scans, and the folded case keeps them', async () => {
    const events = await acceptCase({
      ...acceptanceInput(),
      scans: { 'ID-CARD': [ID_SCAN], 'NOT-TICKED': [{ ...ID_SCAN, sha256: 'b'.repeat(64) }] },
    });
    const accepted = events[0];
    if (accepted?.type !== 'accepted') throw new Error('expected the accepted event first');
    expect(accepted.payload.materials.map((material) => [material.code, material.scans])).toEqual([
      ['ID-CARD', [ID_SCAN]],
      ['APPLY-FORM', undefined],
    ]);
    expect(caseEventSchema.parse(accepted)).toEqual(accepted);
    expect(foldCase(events).materials[0]?.scans).toEqual([ID_SCAN]);
  });

  it('leaves a case without scans exactly as before (no empty lists in the sealed event)', async () => {
    const [accepted] = await acceptCase(acceptanceInput());
    expect(JSON.stringify(accepted)).not.toContain('scans');
  });

  it('refuses a reference that is not a content hash', () => {
    const material = { code: 'ID-CARD', name: '身份证', form: 'original', copies: 1, scans: [{ ...ID_SCAN, sha256: 'ABC' }] };
    const result = receivedMaterialSchema.safeParse(material);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('扫描件哈希应为64位小写十六进制');
  });

  it('补正 lists the scans the case holds of each supplied material', () => {
    const supplied = [
      { code: 'ID-CARD', name: '身份证', form: 'original' as const, copies: 1 },
      { code: 'PHOTO', name: '照片', form: 'original' as const, copies: 2 },
    ];
    expect(withScans(supplied, { PHOTO: [ID_SCAN] })).toEqual([supplied[0], { ...supplied[1], scans: [ID_SCAN] }]);
  });
});
