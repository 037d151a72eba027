/**
 * A reader without hardware, for browser mode, demos and tests: each read "places" the next
 * of its cards (in order, then round again) and answers exactly as the SDTAPI reader does —
 * the card's 256 bytes through the shared parser, a generated photo as the decoded BMP.
 */
import { parseBaseMessage } from '../../../shared/devices/id-card/base-message';
import type { IdCardRead, IdCardReader } from '../../../shared/devices/id-card/id-card';
import { encodeBaseMessage } from './base-message-encoder';
import { generatedPhotoBmp } from './generated-photo';
import { SIMULATED_CARDS, type SimulatedCard } from './simulator-cards';

export const SIMULATOR_MESSAGE = '模拟读卡器（演示用，每次读出下一张示例身份证）';

export function createSimulatorReader(cards: readonly SimulatedCard[] = SIMULATED_CARDS): IdCardReader {
  let next = 0;
  return {
    device: 'simulator',
    connect: async () => ({ connected: true, message: SIMULATOR_MESSAGE }),
    async read(): Promise<IdCardRead> {
      const card = cards[next % cards.length];
      next += 1;
      if (!card) return { ok: false, failure: 'no-card', message: '模拟读卡器中没有示例身份证' };
      const parsed = parseBaseMessage(encodeBaseMessage(card.text));
      if (!parsed.ok) return { ok: false, failure: 'read-error', message: parsed.error.message };
      const photo = Buffer.from(generatedPhotoBmp(card.tint)).toString('base64');
      return { ok: true, card: parsed.card, photo: { kind: 'image', dataUrl: `data:image/bmp;base64,${photo}` } };
    },
    close: async () => undefined,
  };
}
