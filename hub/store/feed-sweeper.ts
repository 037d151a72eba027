/**
 * Numbers feed rows that nobody else will (PostgreSQL): a batch commits its events and
 * waiting feed rows first and asks for their seqs in a second step (feed.ts), so a hub that
 * dies between the two leaves rows waiting. Every push's ticket step numbers them too; this
 * covers a quiet province, at startup and then once a tick. With nothing waiting a tick is
 * a transaction that writes nothing (no WAL, the feed lock for one empty statement).
 */
import type { Database } from '../db/database';
import type { FeedNews } from './feed-audience';
import { numberWaitingFeed } from './feed';

export interface FeedSweeper {
  close(): Promise<void>;
}

export function startFeedSweeper(options: {
  db: Database;
  onNews: (news: FeedNews) => void;
  intervalMs?: number;
  reportError?: (error: unknown) => void;
}): FeedSweeper {
  const { db } = options;
  let running: Promise<void> | undefined;

  const sweepOnce = async () => {
    const news = await numberWaitingFeed(db, { notify: true });
    if (news.size > 0) options.onNews(news);
  };
  const tick = () => {
    running ??= sweepOnce()
      .catch((error: unknown) => (options.reportError ?? console.error)(error))
      .finally(() => (running = undefined));
  };
  tick();
  const timer = setInterval(tick, options.intervalMs ?? 1_000);
  timer.unref();

  return {
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
