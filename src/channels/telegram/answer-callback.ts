// answerCallbackQuery through the Bot API: a shopper who taps an inline button sees a spinner until the
// bot answers the callback query (Telegram gives up after about 15 seconds). An empty answer (no
// notification text) just stops the spinner; the reply itself goes out as an ordinary message.
import type { ChannelEnv, ChannelHttp } from '../types.js';

export async function answerCallbackQuery(callbackQueryId: string, botToken: string, http: ChannelHttp, env: ChannelEnv): Promise<{ ok: true } | { ok: false; error: string }> {
  try {
    const res = await http.post(`${env.telegramApiUrl.replace(/\/$/, '')}/bot${botToken}/answerCallbackQuery`, {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ callback_query_id: callbackQueryId }),
      timeoutMs: 10_000,
    });
    let description: string | undefined;
    try {
      const json = JSON.parse(res.body) as { ok?: boolean; description?: string };
      if (res.status === 200 && json.ok === true) return { ok: true };
      description = json.description;
    } catch {
      // Not the Bot API's JSON: the status says enough.
    }
    return { ok: false, error: `HTTP ${res.status}: ${description ?? res.body.slice(0, 200)}` };
  } catch (err) {
    return { ok: false, error: `network: ${(err as Error).message}` };
  }
}
