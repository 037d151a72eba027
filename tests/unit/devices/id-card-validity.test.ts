/** A card's 有效期 judged on the China calendar day, whatever the machine's zone. */
import { describe, expect, it } from 'vitest';
import { idCardValidity, validityText } from '../../../shared/devices/id-card/validity';

const card = { validFrom: '2016-05-10', validTo: '2026-12-07' };

describe('idCardValidity', () => {
  it('is valid through its last day in China time', () => {
    // 2026-12-07 23:30 in China is still 15:30 UTC of the same day.
    expect(idCardValidity(card, new Date('2026-12-07T15:30:00Z')).status).toBe('valid');
  });

  it('has expired once the China day after its end has begun, though UTC still shows the end day', () => {
    const result = idCardValidity(card, new Date('2026-12-07T16:30:00Z'));
    expect(result).toEqual({
      status: 'expired',
      validTo: '2026-12-07',
      message: '该身份证已于2026.12.07过期，请申请人出示有效证件（可先办理临时身份证）',
    });
  });

  it('never expires when 长期', () => {
    expect(idCardValidity({ validFrom: '2012-10-08', validTo: null }, new Date('2099-01-01T00:00:00Z'))).toEqual({
      status: 'valid',
      validTo: null,
    });
  });

  it('flags a card whose validity has not begun', () => {
    expect(idCardValidity({ validFrom: '2027-01-01', validTo: '2047-01-01' }, new Date('2026-12-07T00:00:00Z')).status).toBe(
      'not-yet-valid',
    );
  });

  it('prints the validity as on the card face', () => {
    expect(validityText(card)).toBe('2016.05.10-2026.12.07');
    expect(validityText({ validFrom: '2012-10-08', validTo: null })).toBe('2012.10.08-长期');
  });
});
