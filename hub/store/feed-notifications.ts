/**
 * Feed news between hub instances that share one PostgreSQL server. A batch's transaction
 * sends its news with NOTIFY, which PostgreSQL delivers only when (and if) it commits; every
 * instance LISTENs on one connection and advances its FeedWatch. PGlite is one process with
 * one connection, so it needs none of this: its hub advances the watch right after commit.
 *
 * A notification carries `{"<audience key>": "<seq>", …}` and is at most ~7 KB (PostgreSQL's
 * limit is 8000 bytes), so a batch touching many audiences sends a few.
 */
import pg from 'pg';
import type { Queryable } from '../db/database';
import type { FeedNews } from './feed-audience';

export const FEED_CHANNEL = 'hub_feed';
const MAX_PAYLOAD_BYTES = 7_000;
const RECONNECT_DELAY_MS = 1_000;

/** Queues the batch's news; it leaves with the commit. */
export async function notifyFeedNews(tx: Queryable, news: FeedNews): Promise<void> {
  if (news.size === 0) return;
  const payloads: string[] = [];
  let current: Record<string, string> = {};
  let size = 2;
  for (const [key, seq] of news) {
    const entry = JSON.stringify(key).length + String(seq).length + 4;
    if (size + entry > MAX_PAYLOAD_BYTES && size > 2) {
      payloads.push(JSON.stringify(current));
      current = {};
      size = 2;
    }
    current[key] = String(seq);
    size += entry;
  }
  payloads.push(JSON.stringify(current));
  await tx.query(`SELECT pg_notify('${FEED_CHANNEL}', payload) FROM jsonb_array_elements_text($1::jsonb) AS payload`, [JSON.stringify(payloads)]);
}

/** Reads one notification; anything malformed is ignored (it is our own, but cheap to check). */
export function parseFeedNews(payload: string): FeedNews {
  const news: FeedNews = new Map();
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return news;
  }
  if (typeof parsed !== 'object' || parsed === null) return news;
  for (const [key, seq] of Object.entries(parsed)) {
    if (typeof seq === 'string' && /^\d{1,20}$/.test(seq)) news.set(key, BigInt(seq));
  }
  return news;
}

export interface FeedListener {
  close(): Promise<void>;
}

/**
 * LISTENs on its own connection for as long as the hub runs. While the connection is down
 * notifications are lost, so `onGap` runs each time it (re)connects (the watch forgets its
 * watermarks and every waiter looks again); meanwhile waiters still time out and poll.
 */
export function listenForFeedNews(connectionString: string, onNews: (news: FeedNews) => void, onGap: () => void): FeedListener {
  let client: pg.Client | undefined;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const connect = async () => {
    if (closed) return;
    const next = new pg.Client({ connectionString });
    next.on('notification', (message) => {
      if (message.channel === FEED_CHANNEL && message.payload) onNews(parseFeedNews(message.payload));
    });
    next.on('error', () => reconnect(next));
    next.on('end', () => reconnect(next));
    try {
      await next.connect();
      await next.query(`LISTEN ${FEED_CHANNEL}`);
    } catch {
      reconnect(next);
      return;
    }
    if (closed) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    // Watermarks read before this connection listened may have missed a commit.
    onGap();
  };

  const reconnect = (failed: pg.Client) => {
    if (closed || (client !== undefined && client !== failed) || retry) return;
    client = undefined;
    void failed.end().catch(() => undefined);
    retry = setTimeout(() => {
      retry = undefined;
      void connect();
    }, RECONNECT_DELAY_MS);
  };

  void connect();
  return {
    async close() {
      closed = true;
      clearTimeout(retry);
      await client?.end().catch(() => undefined);
    },
  };
}
