/**
 * Numbers feed rows that nobody else will: a batch commits its events and waiting feed rows
 * first and asks for their seqs in a second step (feed.ts), so a hub that dies between the
 * two leaves rows waiting. Every push's ticket step numbers them too; this covers a quiet
 * hub, at startup and then once a tick, with one cheap look when nothing waits.
 */
import type { Database } from '../db/database';
import type { FeedNews } from './feed-audience';
import { feedRowsWaiting, numberWaitingFeed } from './feed';

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
    if (!(await feedRowsWaiting(db))) return;
    const news = await numberWaitingFeed(db, { notify: db.engine === 'postgres' });
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
