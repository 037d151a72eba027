/** The province exchange hub's public surface (see hub/README.md). */
export { startHub, type HubHandle, type HubOptions } from './start-hub';
export type { DatabaseConfig } from './db/open-database';
export type { Database, Queryable } from './db/database';
export type { Forwarder, DrainSummary } from './forwarder/forwarder';
export type { ScanForwarder, ScanDrainSummary } from './scans/scan-forwarder';
export type { ScanStorage } from './scans/scan-storage';
