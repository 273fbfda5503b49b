// LINE content: files users send through LINE are read from the content endpoint on the data host
// (api-data.line.me) with the channel access token; files an app hosts elsewhere ("external") only by
// their https URL. A custom LINE_API_URL (a proxy or a test server) serves both paths itself.
import { downloadMedia } from '../media-download.js';
import type { ChannelEnv, ChannelHttp, FetchedMedia } from '../types.js';

export function lineDataUrl(env: ChannelEnv): string {
  return env.lineApiUrl.replace(/\/$/, '').replace('://api.line.me', '://api-data.line.me');
}

export function fetchLineContent(source: Record<string, string>, accessToken: string, http: ChannelHttp, env: ChannelEnv, maxBytes: number): Promise<FetchedMedia> {
  if (source.url) return downloadMedia(http, source.url, {}, maxBytes);
  if (!source.messageId) return Promise.resolve({ ok: false, gone: true, error: 'no message id' });
  return downloadMedia(http, `${lineDataUrl(env)}/v2/bot/message/${encodeURIComponent(source.messageId)}/content`, { authorization: `Bearer ${accessToken}` }, maxBytes);
}
