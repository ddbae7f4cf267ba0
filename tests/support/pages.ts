import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PageHost {
  /** The origin pages are served from (`http://127.0.0.1:<port>`). */
  origin: string;
  close(): Promise<void>;
}

/** Serves `html` at `/` from an origin of its own, as another site's frontend would be. */
export async function servePage(html: string): Promise<PageHost> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
