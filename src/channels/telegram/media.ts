// Telegram files: getFile turns a file_id into a file_path (valid for at least an hour), then the
// bytes come from /file/bot<token>/<file_path>. Bots can download files up to 20 MB.
import { z } from 'zod';
import { downloadMedia, getJson } from '../media-download.js';
import type { ChannelEnv, ChannelHttp, FetchedMedia } from '../types.js';

const getFileAnswer = z.object({ ok: z.literal(true), result: z.object({ file_path: z.string().min(1).max(1000) }) });

export async function fetchTelegramFile(fileId: string, botToken: string, http: ChannelHttp, env: ChannelEnv, maxBytes: number): Promise<FetchedMedia> {
  const base = env.telegramApiUrl.replace(/\/$/, '');
  const located = await getJson(http, `${base}/bot${botToken}/getFile?file_id=${encodeURIComponent(fileId)}`, {});
  if (!located.ok) return located;
  const a = getFileAnswer.safeParse(located.json);
  if (!a.success) return { ok: false, gone: false, error: 'getFile answered without a file_path' };
  const path = a.data.result.file_path.split('/').map(encodeURIComponent).join('/');
  return downloadMedia(http, `${base}/file/bot${botToken}/${path}`, {}, maxBytes);
}
