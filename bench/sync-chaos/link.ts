/**
 * The link between the two hubs, as a TCP proxy the bench can cut: while down, it refuses
 * new connections and drops open ones, as a failed line between two data centres would.
 */
import { createServer, connect, type Server, type Socket } from 'node:net';

export interface Link {
  port: number;
  setUp(up: boolean): void;
  close(): Promise<void>;
}

export async function startLink(targetPort: () => number): Promise<Link> {
  let up = true;
  const open = new Set<Socket>();
  const server: Server = createServer((client) => {
    if (!up) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort(), '127.0.0.1');
    for (const socket of [client, upstream]) {
      open.add(socket);
      socket.on('close', () => open.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    setUp(next) {
      up = next;
      if (!up) for (const socket of open) socket.destroy();
    },
    close: () =>
      new Promise((resolve) => {
        for (const socket of open) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
