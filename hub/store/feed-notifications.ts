/**
 * Feed news between hub instances that share one PostgreSQL server. The feed ticket step
 * sends its news with NOTIFY, which PostgreSQL delivers only when (and if) it commits; every
 * instance LISTENs on one connection and advances its FeedWatch. PGlite is one process with
 * one connection, so it needs none of this: its hub advances the watch right after commit.
 *
 * A ticket step touching many audiences sends a few notifications.
 */
import pg from 'pg';
import type { FeedNews } from './feed-audience';

export const FEED_CHANNEL = 'hub_feed';
const RECONNECT_DELAY_MS = 1_000;

/**
 * News travels as `{"top": "0", "ords": {key: seq}}` (the shape older instances also read:
 * a key's seq is top + its value). The ticket step (feed.ts) builds the bodies in SQL, at
 * most this many keys each: a key is at most 14 characters ("h:" + an 8-digit hall code, or
 * "p:50:500103") and a seq at most 19 digits, so a body stays under ~4 KB, well inside
 * PostgreSQL's 8000-byte limit. pg_notify runs inside the ticket step's transaction, so
 * PostgreSQL delivers it only when (and if) that commits.
 */
export const MAX_NEWS_KEYS_PER_NOTIFICATION = 100;

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
  const { top, ords } = parsed as { top?: unknown; ords?: unknown };
  if (typeof top !== 'string' || !/^\d{1,20}$/.test(top) || typeof ords !== 'object' || ords === null) return news;
  for (const [key, ord] of Object.entries(ords)) {
    if (Number.isInteger(ord) && (ord as number) > 0) news.set(key, BigInt(top) + BigInt(ord as number));
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
