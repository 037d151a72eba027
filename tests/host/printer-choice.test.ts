/** Which printer a print goes to when nobody set one, and when someone did. */
import { describe, expect, it } from 'vitest';
import { choosePrintDestination } from '../../electron/handlers/printer-choice';

const printer = (name: string, isDefault = false) => ({ name, description: name, isDefault });

describe('choosePrintDestination', () => {
  it('prints to the only printer of a fresh workstation that has no system default', () => {
    expect(choosePrintDestination(null, [printer('PDF')], true)).toEqual({ kind: 'printer', printer: 'PDF', source: 'only-printer' });
  });

  it("prefers the system's default among several", () => {
    expect(choosePrintDestination(null, [printer('前台'), printer('后台', true)], true)).toEqual({
      kind: 'printer',
      printer: '后台',
      source: 'system-default',
    });
  });

  it('asks the clerk when several are connected and none is the default', () => {
    const printers = [printer('前台'), printer('后台')];
    expect(choosePrintDestination(null, printers, true)).toEqual({ kind: 'choose', printers });
  });

  it('lets Windows print to its own default when it cannot say which one that is', () => {
    expect(choosePrintDestination(null, [printer('前台'), printer('后台')], false)).toEqual({
      kind: 'printer',
      printer: null,
      source: 'system-default',
    });
  });

  it('keeps the chosen printer even while it is not connected, rather than switch to another', () => {
    expect(choosePrintDestination('前台', [printer('后台', true)], true)).toEqual({ kind: 'printer', printer: '前台', source: 'chosen' });
  });

  it('saves only when the computer has no printer', () => {
    expect(choosePrintDestination(null, [], true)).toEqual({ kind: 'none' });
  });
});
