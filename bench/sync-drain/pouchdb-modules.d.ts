// The few parts of PouchDB and express-pouchdb the sync-drain bench uses (bench-only packages
// without type files of their own).
declare module 'pouchdb' {
  interface ReplicationResult {
    docs_written: number;
  }
  class PouchDB {
    constructor(name: string);
    static defaults(options: { prefix: string }): typeof PouchDB;
    static replicate(source: PouchDB, target: string, options: { batch_size: number }): Promise<ReplicationResult>;
    bulkDocs(docs: readonly object[]): Promise<unknown[]>;
    close(): Promise<void>;
  }
  export default PouchDB;
}

declare module 'express-pouchdb' {
  import type { RequestListener } from 'node:http';
  function expressPouchdb(pouch: unknown, options: { mode: 'minimumForPouchDB'; inMemoryConfig: boolean }): RequestListener;
  export default expressPouchdb;
}
