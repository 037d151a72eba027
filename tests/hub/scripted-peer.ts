/**
 * A stand-in for the peer hub's POST /v1/exchange/forward that answers as a test scripts
 * it: per event (applied, deferred, rejected…) or for the whole request (an HTTP status).
 * It exists for answers a real hub gives only in situations that are hard to stage (a
 * deferral, a 413 for one event, a reply that leaves an event out); everything else is
 * tested against two real hubs. Records every request it receives.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CaseEvent } from '../../shared/domain/case/case-events';
import type { EventResult } from '../../shared/sync/protocol';

export type PeerAnswer = { results: (event: CaseEvent) => EventResult | undefined } | { status: number; body: unknown };

export interface ReceivedBatch {
  bytes: number;
  events: CaseEvent[];
}

export interface ScriptedPeer {
  url: string;
  received: ReceivedBatch[];
  /** Decides the answer to each request; starts as "apply everything". */
  answer: (events: CaseEvent[]) => PeerAnswer;
  close(): Promise<void>;
}

export const applyAll = (): PeerAnswer => ({ results: (event) => ({ id: event.id, status: 'applied' }) });

export async function startScriptedPeer(): Promise<ScriptedPeer> {
  const peer: ScriptedPeer = { url: '', received: [], answer: applyAll, close: async () => undefined };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const raw = Buffer.concat(chunks);
      const { events } = JSON.parse(raw.toString('utf8')) as { events: CaseEvent[] };
      peer.received.push({ bytes: raw.length, events });
      const answer = peer.answer(events);
      const [status, body] =
        'status' in answer
          ? [answer.status, answer.body]
          : [200, { results: events.map((event) => answer.results(event)).filter((result) => result !== undefined) }];
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  peer.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  peer.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return peer;
}

/** A URL nothing listens on: a port that was free a moment ago. */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
