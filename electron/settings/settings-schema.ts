/**
 * Workstation settings: what is stored, its defaults and its migrations. No Electron import
 * here, so the browser-mode host and the tests use it with plain `conf`; only
 * electron/main/electron-settings-store.ts constructs electron-store.
 */
import { z } from 'zod';
import { cryptoSuiteSchema, DEFAULT_CRYPTO_SUITE } from '../../shared/cryptography/crypto-suite';
import { documentSettingsSchema } from '../../shared/domain/document-settings';
import { idCardReaderModeSchema } from '../../shared/devices/id-card/id-card';
import { holidayYearsSchema } from '../../shared/domain/calendar/holiday-year';
import { workstationIdentitySchema } from '../../shared/domain/region/workstation';
import { cameraChoiceSchema } from '../../shared/domain/scans/camera-choice';
import { tokenTermSchema } from './token-term';

export const storedSettingsSchema = z.object({
  identity: workstationIdentitySchema.nullable(),
  /** Hub this workstation syncs with; chosen from the configured hubs by province. */
  hubUrl: z.string(),
  workstationId: z.string().nullable(),
  hubToken: z.string().nullable(),
  /** When the hub issued the token and when it expires (token-term.ts); null: not known. */
  hubTokenTerm: tokenTermSchema.nullable(),
  /** CUPS queue (browser mode) or OS printer name (Electron); null = system default. */
  printer: z.string().nullable(),
  /** What the hall prints on its documents (设置); null until saved: defaults from the hall's place. */
  documents: documentSettingsSchema.nullable(),
  /** 法定节假日安排 entered in 设置 for years the bundled seed does not cover yet (holiday-year.ts). */
  holidayYears: holidayYearsSchema,
  /** 居民身份证 reader (设置): 自动 = SDTAPI where the platform has it. A file without the key reads as 自动. */
  idCardReader: idCardReaderModeSchema,
  /** The document camera (高拍仪) last chosen at this window; null: the system's default. */
  camera: cameraChoiceSchema.nullable(),
  /** The suite the hub last announced (shared/cryptography/crypto-suite.ts): new events hash with it. */
  cryptoSuite: cryptoSuiteSchema,
});
export type StoredSettings = z.infer<typeof storedSettingsSchema>;

export const SETTINGS_DEFAULTS: StoredSettings = {
  identity: null,
  hubUrl: '',
  workstationId: null,
  hubToken: null,
  hubTokenTerm: null,
  printer: null,
  documents: null,
  holidayYears: [],
  idCardReader: 'auto',
  camera: null,
  cryptoSuite: DEFAULT_CRYPTO_SUITE,
};

/** Bump when the stored shape changes and add a step to SETTINGS_MIGRATIONS. */
export const SETTINGS_VERSION = '1.6.0';

/** conf/electron-store migrations keyed by version: each gets the store and upgrades it. */
export const SETTINGS_MIGRATIONS: Record<string, (store: { has(key: string): boolean; set(key: string, value: unknown): void }) => void> = {
  // 1.1.0: document settings (文书编号 issuer, seal, remedies); a 1.0 file has none yet.
  '1.1.0': (store) => {
    if (!store.has('documents')) store.set('documents', null);
  },
  // 1.2.0: holiday years entered by the administrator; earlier files have none.
  '1.2.0': (store) => {
    if (!store.has('holidayYears')) store.set('holidayYears', []);
  },
  // 1.3.0: the document camera chosen at this window; earlier files have none.
  '1.3.0': (store) => {
    if (!store.has('camera')) store.set('camera', null);
  },
  // 1.4.0: the hub's announced crypto suite; earlier files knew only ECDSA/SHA-256.
  '1.4.0': (store) => {
    if (!store.has('cryptoSuite')) store.set('cryptoSuite', DEFAULT_CRYPTO_SUITE);
  },
  // 1.6.0: the hub token's term, so the host renews before expiry; an older token's is unknown.
  '1.6.0': (store) => {
    if (!store.has('hubTokenTerm')) store.set('hubTokenTerm', null);
  },
};

/** The subset of the conf / electron-store API the settings service relies on. */
export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}
