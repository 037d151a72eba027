/**
 * Which printer a print goes to, decided from what 设置 holds and what the OS lists, so a
 * fresh workstation with one printer prints without anyone setting anything:
 *
 *   a printer chosen in 设置 (or answered once at a print)  -> that printer, listed or not
 *   the OS names a default                                   -> the default
 *   exactly one printer                                      -> that one
 *   several, the OS picks its default without naming it      -> the OS's default (Windows)
 *   several, none the default                                -> ask the clerk once
 *   none                                                     -> save only
 */
import type { PrintDestination, PrinterList } from '../../shared/bridge/print-channels';

export function choosePrintDestination(saved: string | null, printers: PrinterList['printers'], osNamesDefault: boolean): PrintDestination {
  if (saved) return { kind: 'printer', printer: saved, source: 'chosen' };
  const [only, ...others] = printers;
  if (!only) return { kind: 'none' };
  const systemDefault = printers.find((printer) => printer.isDefault);
  if (systemDefault) return { kind: 'printer', printer: systemDefault.name, source: 'system-default' };
  if (others.length === 0) return { kind: 'printer', printer: only.name, source: 'only-printer' };
  if (!osNamesDefault) return { kind: 'printer', printer: null, source: 'system-default' };
  return { kind: 'choose', printers };
}
