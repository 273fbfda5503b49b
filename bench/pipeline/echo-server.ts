// The HTTP ceiling baseline: a bare node:http server that reads the body and answers 202 with a small
// JSON, run as its own process exactly like Peakdesk, driven by the same load generator.
import { createServer } from 'node:http';

const server = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    res.writeHead(202, { 'content-type': 'application/json' });
    res.end(`{"bytes":${body.length}}`);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  process.stdout.write(`listening ${(server.address() as { port: number }).port}\n`);
});
