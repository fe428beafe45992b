/**
 * A host page on another origin (a second port) for embed tests: a blog post
 * that frames simulations the way other sites will, with public/embed.js.
 * Served by a bare node:http server started by the spec itself.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type HostServer = { url: string; close: () => Promise<void> };

/** Starts a server answering every GET with `html`; port 0 picks a free one. */
export async function startHost(html: string, port: number): Promise<HostServer> {
  const server = http.createServer((req, res) => {
    if (req.url === '/favicon.ico') {
      res.writeHead(204);
      return res.end();
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(html);
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => done());
  });
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** What the host page records, for assertions: every message a frame posted to it. */
export const recordMessages = `<script>window.embedMessages = []; addEventListener('message', function (e) { var f = Array.prototype.find.call(document.querySelectorAll('iframe'), function (i) { return i.contentWindow === e.source; }); window.embedMessages.push({ frame: f ? f.id || f.closest('netsim-embed').id : null, data: e.data }); });</script>`;
