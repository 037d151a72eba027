/**
 * The scan channels' handlers (shared/bridge/scan-channels.ts): uploads and downloads go
 * to the hub with the workstation's token (through `withHub`, which enrolls when needed);
 * the journal channels keep the disk copy in the profile directory.
 */
import type { BridgeHandlers } from '../../shared/bridge/contract';
import type { scanChannels } from '../../shared/bridge/scan-channels';
import type { HubClient } from './hub-client';
import type { ScanJournal } from './scan-journal';

type ScanHandlers = Pick<BridgeHandlers, keyof typeof scanChannels>;
type WithHub = <T>(call: (client: HubClient, token: string) => Promise<T>) => Promise<T>;

const bytesOf = (base64: string) => Buffer.from(base64, 'base64');
const base64Of = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

export function createScanHandlers(withHub: WithHub, journal: ScanJournal): ScanHandlers {
  return {
    'scans:uploadBegin': ({ caseId, scan }) => withHub((client, token) => client.beginScanUpload(token, caseId, scan)),
    'scans:uploadChunk': ({ caseId, sha256, offset, dataBase64 }) =>
      withHub((client, token) => client.putScanChunk(token, caseId, sha256, offset, bytesOf(dataBase64))),
    'scans:uploadComplete': ({ caseId, sha256 }) => withHub((client, token) => client.completeScanUpload(token, caseId, sha256)),
    'scans:info': ({ caseId, sha256 }) => withHub((client, token) => client.scanInfo(token, caseId, sha256)),
    'scans:fetchChunk': async ({ caseId, sha256, offset }) => ({
      dataBase64: base64Of(await withHub((client, token) => client.readScanChunk(token, caseId, sha256, offset))),
    }),
    'scans:journalWrite': async ({ sha256, offset, dataBase64 }) => ({ written: await journal.write(sha256, offset, bytesOf(dataBase64)) }),
    'scans:journalSeal': async ({ entry }) => ({ pending: await journal.seal(entry) }),
    'scans:journalRelease': async ({ caseId, sha256 }) => ({ pending: await journal.release(caseId, sha256) }),
    'scans:journalList': async () => ({ entries: await journal.entries() }),
    'scans:journalRead': async ({ sha256, offset, length }) => ({ dataBase64: base64Of(await journal.read(sha256, offset, length)) }),
  };
}
