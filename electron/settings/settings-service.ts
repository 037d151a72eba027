/**
 * Reads and writes workstation settings through a conf-compatible store, validating on the
 * way in and out: a hand-edited or corrupt settings file degrades to defaults for the bad
 * key instead of crashing the app.
 */
import { ulid } from 'ulid';
import type { CameraChoice } from '../../shared/domain/scans/camera-choice';
import type { CryptoSuite } from '../../shared/cryptography/crypto-suite';
import type { DocumentSettings } from '../../shared/domain/document-settings';
import type { HolidayYear } from '../../shared/domain/calendar/holiday-year';
import type { IdCardReaderMode } from '../../shared/devices/id-card/id-card';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import type { TokenTerm } from './token-term';
import { BridgeError, type SettingsView } from '../../shared/bridge/contract';
import { sealImageProblem, usableSealImage } from './seal-image-check';
import { SETTINGS_DEFAULTS, storedSettingsSchema, type SettingsStore, type StoredSettings } from './settings-schema';

export interface SettingsService {
  read(): StoredSettings;
  view(): SettingsView;
  saveIdentity(identity: WorkstationIdentity, hubUrl: string): StoredSettings;
  /** This machine's id, minted now if it has none: an enrollment with a ticket precedes saving the identity. */
  ensureWorkstationId(): string;
  /** term: when the hub issued and expires it; null when the hub did not say. */
  saveHubToken(hubToken: string, term: TokenTerm | null): void;
  saveDocuments(documents: DocumentSettings): void;
  /** null: the system's default printer. */
  savePrinter(printer: string | null): void;
  /** null: the system's default camera. */
  saveCamera(camera: CameraChoice | null): void;
  /** Adds a year's schedule, or replaces the entry for that year (a corrected typo). */
  saveHolidayYear(entry: HolidayYear): void;
  removeHolidayYear(year: number): void;
  saveIdCardReader(mode: IdCardReaderMode): void;
  /** What the hub announced (enroll, push); kept so offline work seals with it too. */
  saveCryptoSuite(suite: CryptoSuite): void;
}

export function createSettingsService(store: SettingsStore): SettingsService {
  const read = (): StoredSettings => {
    const shape = storedSettingsSchema.shape;
    const pick = <K extends keyof StoredSettings>(key: K): StoredSettings[K] => {
      const parsed = shape[key].safeParse(store.get(key));
      return (parsed.success ? parsed.data : SETTINGS_DEFAULTS[key]) as StoredSettings[K];
    };
    return {
      identity: pick('identity'),
      hubUrl: pick('hubUrl'),
      workstationId: pick('workstationId'),
      hubToken: pick('hubToken'),
      hubTokenTerm: pick('hubTokenTerm'),
      printer: pick('printer'),
      documents: pick('documents'),
      holidayYears: pick('holidayYears'),
      idCardReader: pick('idCardReader'),
      camera: pick('camera'),
      cryptoSuite: pick('cryptoSuite'),
    };
  };

  return {
    read,
    view() {
      const settings = read();
      return {
        identity: settings.identity,
        hubUrl: settings.hubUrl,
        enrolled: settings.hubToken !== null,
        workstationId: settings.workstationId,
        printer: settings.printer,
        // A seal that does not decode would break every document: documents go without it.
        documents: settings.documents && { ...settings.documents, sealImage: usableSealImage(settings.documents.sealImage) },
        holidayYears: settings.holidayYears,
        camera: settings.camera,
        cryptoSuite: settings.cryptoSuite,
      };
    },
    saveIdentity(identity, hubUrl) {
      const before = read();
      const sameEnrollment =
        before.hubUrl === hubUrl && before.identity?.province === identity.province && before.identity.hall.code === identity.hall.code;
      store.set('identity', identity);
      store.set('hubUrl', hubUrl);
      // The id names this machine in every event it has minted, so it is made once, never changed.
      if (!before.workstationId) store.set('workstationId', ulid());
      if (!sameEnrollment) {
        // A different hall or hub needs a fresh enrollment: the old token speaks for another place.
        store.set('hubToken', null);
        store.set('hubTokenTerm', null);
      }
      return read();
    },
    ensureWorkstationId() {
      const existing = read().workstationId;
      if (existing) return existing;
      const minted = ulid();
      store.set('workstationId', minted);
      return minted;
    },
    saveHubToken(hubToken, term) {
      store.set('hubToken', hubToken);
      store.set('hubTokenTerm', term);
    },
    saveDocuments(documents) {
      const sealProblem = documents.sealImage === null ? null : sealImageProblem(documents.sealImage);
      if (sealProblem) throw new BridgeError('BAD_SEAL_IMAGE', sealProblem);
      store.set('documents', documents);
    },
    savePrinter(printer) {
      store.set('printer', printer);
    },
    saveCamera(camera) {
      store.set('camera', camera);
    },
    saveHolidayYear(entry) {
      const others = read().holidayYears.filter((saved) => saved.year !== entry.year);
      store.set(
        'holidayYears',
        [...others, entry].sort((a, b) => a.year - b.year),
      );
    },
    saveIdCardReader(mode) {
      store.set('idCardReader', mode);
    },
    removeHolidayYear(year) {
      store.set(
        'holidayYears',
        read().holidayYears.filter((saved) => saved.year !== year),
      );
    },
    saveCryptoSuite(suite) {
      if (read().cryptoSuite !== suite) store.set('cryptoSuite', suite);
    },
  };
}
