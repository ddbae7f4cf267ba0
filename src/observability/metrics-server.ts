import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { metricsText } from './metrics.ts';

/**
 * Serves GET /metrics alone on `port` (METRICS_PORT), so scrapers reach it on a port the public
 * never does. Resolves with its URL once listening.
 */
export async function startMetricsServer(port: number, host?: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer(async (req, res) => {
    if (req.url?.split('?')[0] !== '/metrics')
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Metrics are at /metrics');
    const { contentType, body } = await metricsText();
    res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-store' }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${actual}/metrics`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
