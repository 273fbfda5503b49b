// The Bot API's sendMessage as documented: POST /bot<token>/sendMessage, JSON {chat_id, text,
// reply_markup?}; answers {ok:true, result: Message} or {ok:false, error_code, description}.
// POST /bot<token>/answerCallbackQuery, JSON {callback_query_id, text?}; answers {ok:true, result:true}.
// Files: GET /bot<token>/getFile?file_id= answers {ok:true, result:{file_id, file_path}}, the bytes are at
// GET /file/bot<token>/<file_path>; sendPhoto/sendDocument/sendVideo/sendAudio take the file as a URL.
import type { PlatformReply, PlatformRequest } from './platform-server.js';

let messageId = 5000;

const SEND_MEDIA: Record<string, string> = { sendPhoto: 'photo', sendDocument: 'document', sendVideo: 'video', sendAudio: 'audio' };

export function telegramApi(botToken: string, files = new Map<string, { path: string; bytes: Buffer }>()) {
  return (req: PlatformRequest): PlatformReply => {
    const getFile = new RegExp(`^/bot${botToken}/getFile\\?file_id=(.+)$`).exec(req.path);
    if (req.method === 'GET' && getFile) {
      const f = files.get(decodeURIComponent(getFile[1]!));
      if (!f) return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: invalid file_id' } };
      return { status: 200, body: { ok: true, result: { file_id: getFile[1], file_unique_id: 'u1', file_size: f.bytes.length, file_path: f.path } } };
    }
    if (req.method === 'GET' && req.path.startsWith(`/file/bot${botToken}/`)) {
      const f = [...files.values()].find((x) => req.path === `/file/bot${botToken}/${x.path}`);
      return f ? { status: 200, raw: f.bytes, headers: { 'content-type': 'application/octet-stream' } } : { status: 404, body: { ok: false, error_code: 404, description: 'Not Found' } };
    }
    const media = /^\/bot[^/]+\/(send(?:Photo|Document|Video|Audio))$/.exec(req.path);
    if (media && req.path === `/bot${botToken}/${media[1]}`) {
      const field = SEND_MEDIA[media[1]!]!;
      const b = req.json as Record<string, unknown> | undefined;
      if (typeof b?.chat_id !== 'number' && typeof b?.chat_id !== 'string') return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat_id is empty' } };
      if (typeof b[field] !== 'string' || !/^https?:\/\//.test(b[field] as string)) return { status: 400, body: { ok: false, error_code: 400, description: `Bad Request: there is no ${field} in the request` } };
      return { status: 200, body: { ok: true, result: { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat: { id: b.chat_id, type: 'private' } } } };
    }
    if (req.path === `/bot${botToken}/answerCallbackQuery`) {
      const q = req.json as { callback_query_id?: unknown } | undefined;
      if (typeof q?.callback_query_id !== 'string' || q.callback_query_id === '') return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: query_id_invalid' } };
      return { status: 200, body: { ok: true, result: true } };
    }
    if (req.path !== `/bot${botToken}/sendMessage`) return { status: 401, body: { ok: false, error_code: 401, description: 'Unauthorized' } };
    const b = req.json as { chat_id?: unknown; text?: unknown; reply_markup?: { keyboard?: { text: string }[][] } } | undefined;
    if (typeof b?.chat_id !== 'number' && typeof b?.chat_id !== 'string') return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: chat_id is empty' } };
    if (typeof b.text !== 'string' || b.text.length === 0) return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: message text is empty' } };
    if (b.text.length > 4096) return { status: 400, body: { ok: false, error_code: 400, description: 'Bad Request: message is too long' } };
    if (b.reply_markup && !Array.isArray(b.reply_markup.keyboard)) return { status: 400, body: { ok: false, error_code: 400, description: "Bad Request: can't parse reply keyboard markup JSON object" } };
    return { status: 200, body: { ok: true, result: { message_id: ++messageId, date: Math.floor(Date.now() / 1000), chat: { id: b.chat_id, type: 'private' }, text: b.text } } };
  };
}
