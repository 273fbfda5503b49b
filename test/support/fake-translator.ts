// A local translation service speaking LibreTranslate's POST /translate and DeepL's
// POST /v2/translate, as documented. It "translates" by tagging the text with the target code, records
// every request, and fails on demand (text containing FAIL → 500, SLOW → no answer for 2 s).
import { createServer, type IncomingHttpHeaders } from 'node:http';

export interface FakeTranslatorRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: Record<string, unknown>;
}

export async function startFakeTranslator(): Promise<{ url: string; requests: FakeTranslatorRequest[]; close(): Promise<void> }> {
  const requests: FakeTranslatorRequest[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Record<string, unknown>;
      requests.push({ path: req.url ?? '', headers: req.headers, body });
      const reply = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      const text = String(body.q ?? (Array.isArray(body.text) ? body.text[0] : ''));
      if (text.includes('SLOW')) return void setTimeout(() => reply(200, {}), 2_000);
      if (text.includes('FAIL')) return reply(500, { error: 'model crashed' });
      if (req.url === '/translate') {
        if (typeof body.q !== 'string' || typeof body.target !== 'string' || typeof body.source !== 'string') return reply(400, { error: 'Invalid request: missing q, source or target' });
        return reply(200, { translatedText: `<${body.target}> ${body.q}`, ...(body.source === 'auto' ? { detectedLanguage: { confidence: 90, language: 'es' } } : {}) });
      }
      if (req.url === '/v2/translate') {
        if (!String(req.headers.authorization ?? '').startsWith('DeepL-Auth-Key ')) return reply(403, { message: 'Authorization failure, check auth_key' });
        return reply(200, { translations: [{ detected_source_language: body.source_lang ?? 'ES', text: `<${String(body.target_lang)}> ${text}` }] });
      }
      reply(404, { error: 'Not Found' });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
