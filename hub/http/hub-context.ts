/** What the HTTP routes need from the running hub. */
import type { CryptoSuite } from '../../shared/cryptography/crypto-suite';
import type { CaseState } from '../../shared/domain/case/case-state';
import type { ProvinceCode } from '../../shared/domain/region/provinces';
import type { Database } from '../db/database';
import type { PeerStatus } from '../forwarder/forwarder';
import type { HubMetrics } from '../observability/hub-metrics';
import type { FeedWatch } from '../store/feed-watch';
import type { ScanReads } from '../scans/scan-reads';
import type { ScanUploads } from '../scans/scan-uploads';
import type { CredentialLockout } from './credential-lockout';
import type { CredentialRateLimits } from './credential-rate-limits';

export interface HubContext {
  db: Database;
  province: ProvinceCode;
  /** The province's shared enrollment code; unset = only tickets enroll (the production default). */
  enrollmentCode: string | undefined;
  /** Hours a workstation token lasts unrenewed, and a ticket unused by default. */
  tokenTtlHours: number;
  ticketHours: number;
  /** Lockout of credential subjects after repeated failures (shared by all instances). */
  lockout: CredentialLockout;
  /** Requests per minute per client on credential routes; false = no request-rate limit. */
  rateLimits: CredentialRateLimits | false;
  /** The suite this deployment's workstations seal and hash with (announced; both are verified). */
  cryptoSuite: CryptoSuite;
  /** Shared secret the peer hub presents on /v1/exchange/forward; unset = no peer. */
  peerSecret: string | undefined;
  /** Workstations waiting for feed news; advanced after every batch that appended to the feed. */
  feedWatch: FeedWatch;
  /**
   * Called after a push applied events, so forwarding starts without waiting for the timer;
   * `written` (the cases' committed states) spares the hall projector reading them back.
   */
  onEventsApplied: (written?: readonly CaseState[]) => void;
  /**
   * Brings the hall view up to the feed before a hall read: a supervisor sees every event the
   * hub has taken (the projector otherwise trails a push by up to a tick, more under load).
   */
  hallUpToDate: () => Promise<void>;
  /** Operator token for /v1/admin/*; unset = the operator API is closed. */
  adminToken: string | undefined;
  /** The forwarder's view of the peer hub (reachable, backing off since…). */
  peerStatus: () => PeerStatus;
  /** Scanned materials: resumable uploads (workstations and the peer) and reads (hub/scans/). */
  scanUploads: ScanUploads;
  scanReads: ScanReads;
  metrics: HubMetrics;
  /** Bearer token for GET /metrics; unset = metrics are not served. */
  metricsToken: string | undefined;
}
