/** The two peers a run forwards to: one that takes everything at once, and nobody at all. */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ApplyingPeer {
  url: string;
  received: number;
  close(): Promise<void>;
}

/**
 * Answers every forwarded event `applied`, doing no work of its own, so the run with the
 * peer up measures this hub's forwarding and nothing of a second hub sharing the machine.
 */
export async function startApplyingPeer(): Promise<ApplyingPeer> {
  const peer: ApplyingPeer = { url: '', received: 0, close: async () => undefined };
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const { events } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { events: { id: string }[] };
      peer.received += events.length;
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ results: events.map((event) => ({ id: event.id, status: 'applied' })) }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  peer.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  peer.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return peer;
}

/** A URL nothing listens on (connection refused at once, as for a hub that is down). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
