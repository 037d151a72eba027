/**
 * The intake form's side of the reader: its status, one read at a time, and the result
 * checked with the shared schema before anything reaches the form. A quiet read (the
 * "place the card" poll) reports only a card, never "no card".
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  idCardReadSchema,
  idCardReaderStatusSchema,
  type IdCardRead,
  type IdCardReaderStatus,
} from '../../../shared/devices/id-card/id-card';
import { bridge, unwrap } from '../../bridge/bridge';

export type CardReading = Extract<IdCardRead, { ok: true }>;

export interface IdCardReaderState {
  status: IdCardReaderStatus | null;
  reading: boolean;
  failure: string | null;
  read(options?: { quiet?: boolean }): Promise<void>;
}

export function useIdCardReader(onCard: (reading: CardReading) => void): IdCardReaderState {
  const [status, setStatus] = useState<IdCardReaderStatus | null>(null);
  const [reading, setReading] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const busy = useRef(false);
  const latestOnCard = useRef(onCard);
  latestOnCard.current = onCard;

  useEffect(() => {
    let live = true;
    void bridge()
      .idCardStatus({})
      .then((result) => {
        if (live) setStatus(idCardReaderStatusSchema.parse(unwrap(result)));
      })
      .catch((error: unknown) => {
        if (live) setFailure(error instanceof Error ? error.message : String(error));
      });
    return () => {
      live = false;
    };
  }, []);

  const read = useCallback(async ({ quiet = false }: { quiet?: boolean } = {}) => {
    if (busy.current) return;
    busy.current = true;
    if (!quiet) setReading(true);
    try {
      const parsed = idCardReadSchema.safeParse(unwrap(await bridge().readIdCard({})));
      if (!parsed.success) throw new Error('读卡器返回的数据不完整，请重新读卡');
      if (parsed.data.ok) {
        setFailure(null);
        latestOnCard.current(parsed.data);
      } else if (!quiet) {
        setFailure(parsed.data.message);
      }
    } catch (error) {
      if (!quiet) setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      busy.current = false;
      setReading(false);
    }
  }, []);

  return { status, reading, failure, read };
}
