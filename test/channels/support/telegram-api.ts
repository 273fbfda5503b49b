// The Bot API's sendMessage as documented: POST /bot<token>/sendMessage, JSON {chat_id, text,
// reply_markup?}; answers {ok:true, result: Message} or {ok:false, error_code, description}.
// POST /bot<token>/answerCallbackQuery, JSON {callback_query_id, text?}; answers {ok:true, result:true}.
import type { PlatformReply, PlatformRequest } from './platform-server.js';

let messageId = 5000;

export function telegramApi(botToken: string) {
  return (req: PlatformRequest): PlatformReply => {
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
