// Downloads one attachment's bytes from a platform, capped: the platforms' answers become a
// FetchedMedia (gone: the platform no longer has it; otherwise worth another try later).
import type { ChannelHttp, FetchedMedia } from './types.js';

const TIMEOUT_MS = 30_000;

function header(h: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const v = h[name];
  return Array.isArray(v) ? v[0] : v;
}

export async function downloadMedia(http: ChannelHttp, url: string, headers: Record<string, string>, maxBytes: number): Promise<FetchedMedia> {
  let res;
  try {
    res = await http.download(url, { headers, timeoutMs: TIMEOUT_MS, maxBytes });
  } catch (err) {
    return { ok: false, gone: false, error: `network: ${(err as Error).message}` };
  }
  if (res.status === 404 || res.status === 410) return { ok: false, gone: true, error: `the platform no longer has this file (HTTP ${res.status})` };
  if (res.status !== 200) return { ok: false, gone: false, error: `HTTP ${res.status}` };
  if (res.tooLarge) return { ok: false, gone: true, tooLarge: true, error: `larger than ${maxBytes} bytes` };
  const mime = header(res.headers, 'content-type');
  return { ok: true, bytes: res.body, ...(mime ? { mime } : {}) };
}

/** A JSON GET that locates the file (WhatsApp's media URL, Telegram's file_path). */
export async function getJson(http: ChannelHttp, url: string, headers: Record<string, string>): Promise<{ ok: true; json: unknown } | Extract<FetchedMedia, { ok: false }>> {
  let res;
  try {
    res = await http.get(url, { headers, timeoutMs: TIMEOUT_MS });
  } catch (err) {
    return { ok: false, gone: false, error: `network: ${(err as Error).message}` };
  }
  // Graph answers 400 for a media id it no longer knows; Telegram 400 for a file_id it no longer serves.
  if (res.status === 400 || res.status === 404) return { ok: false, gone: true, error: `the platform no longer has this file (HTTP ${res.status})` };
  if (res.status !== 200) return { ok: false, gone: false, error: `HTTP ${res.status}` };
  try {
    return { ok: true, json: JSON.parse(res.body) as unknown };
  } catch {
    return { ok: false, gone: false, error: 'the platform answered with something other than JSON' };
  }
}
