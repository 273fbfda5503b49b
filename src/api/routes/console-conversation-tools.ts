// The agent's tools around one conversation: reply suggestions (help centre + earlier agent answers),
// machine translation of shopper messages and of the agent's draft (when a provider is configured;
// the capability endpoint tells the console whether one is), and customer-satisfaction results. Every
// read is scoped to the signed-in user's tenant, and a conversation in a private queue answers 404 to
// agents outside its team, as in console.ts.
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ApiError, parseWith } from '../errors.js';
import type { AppContext } from '../context.js';
import type { SessionUser } from '../auth/session.js';
import { requireUser, requireVisibleConversation } from './console.js';
import { isSupervisor } from '../../handoff/inbox.js';
import { suggestReplies } from '../../suggest/suggest-replies.js';
import { translateMessage } from '../../translation/translate-message.js';
import { TranslationError, type TranslationProvider } from '../../translation/provider.js';
import { csatReport } from '../../csat/csat-report.js';

const idParams = z.object({ id: z.string().min(1).max(100) });
const messageParams = z.object({ id: z.string().min(1).max(100), messageId: z.string().min(1).max(100) });
const languageCode = z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{2,4})?$/, 'must be a language code such as en or zh-Hans');
const translateMessageBody = z.object({ target: languageCode.optional() }).strict().optional();
const draftBody = z.object({ text: z.string().trim().min(1, 'must not be empty').max(4000), target: languageCode.optional(), source: languageCode.optional() }).strict();
const suggestionsQuery = z.object({ limit: z.coerce.number().int().min(1).max(10).default(3) }).strict();
const csatQuery = z.object({ days: z.coerce.number().int().min(1).max(366).default(30) }).strict();

export function registerConsoleConversationTools(app: FastifyInstance, ctx: AppContext): void {
  const db = ctx.store.db;

  /** The conversation (tenant-scoped, visible to this user) or 404. */
  const conversation = async (user: SessionUser, id: string) => {
    const conv = await db.selectFrom('conversations').select(['id', 'language', 'customer_id']).where('id', '=', id).where('tenant_id', '=', user.tenantId).executeTakeFirst();
    if (!conv) throw new ApiError(404, 'not_found', `conversation ${id} not found`);
    await requireVisibleConversation(ctx, user, id);
    return conv;
  };

  const agentLanguage = async (user: SessionUser): Promise<string> => {
    const agent = await db.selectFrom('agents').select('languages').where('user_id', '=', user.id).where('tenant_id', '=', user.tenantId).executeTakeFirst();
    const languages = agent ? (JSON.parse(agent.languages) as string[]) : [];
    return languages[0] ?? 'en';
  };

  const provider = (): TranslationProvider => {
    if (!ctx.translation) throw new ApiError(501, 'translation_not_configured', 'translation is not configured on this server (set TRANSLATION_PROVIDER)');
    return ctx.translation;
  };

  const translating = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (err) {
      if (err instanceof TranslationError) throw new ApiError(502, 'translation_failed', err.message);
      throw err;
    }
  };

  app.get('/api/console/conversations/:id/suggestions', async (req) => {
    const user = await requireUser(ctx, req);
    const { id } = parseWith(idParams, req.params);
    const { limit } = parseWith(suggestionsQuery, req.query);
    await conversation(user, id);
    return suggestReplies(db, ctx.reader, user.tenantId, id, limit);
  });

  app.get('/api/console/translation', async (req) => {
    const user = await requireUser(ctx, req);
    return { configured: ctx.translation !== undefined, provider: ctx.translation?.name ?? null, agentLanguage: await agentLanguage(user) };
  });

  app.post('/api/console/conversations/:id/messages/:messageId/translation', async (req) => {
    const user = await requireUser(ctx, req);
    const { id, messageId } = parseWith(messageParams, req.params);
    const body = parseWith(translateMessageBody, req.body);
    const translator = provider();
    await conversation(user, id);
    const message = await db
      .selectFrom('messages')
      .select(['id', 'text', 'meta'])
      .where('id', '=', messageId)
      .where('conversation_id', '=', id)
      .where('tenant_id', '=', user.tenantId)
      .executeTakeFirst();
    if (!message) throw new ApiError(404, 'not_found', `message ${messageId} not found`);
    const language = message.meta ? (JSON.parse(message.meta) as { language?: unknown }).language : undefined;
    const target = body?.target ?? (await agentLanguage(user));
    const translation = await translating(() => translateMessage(db, translator, user.tenantId, { id: message.id, text: message.text, language: typeof language === 'string' ? language : null }, target));
    return { translation };
  });

  app.post('/api/console/conversations/:id/translate-draft', async (req) => {
    const user = await requireUser(ctx, req);
    const { id } = parseWith(idParams, req.params);
    const body = parseWith(draftBody, req.body);
    const translator = provider();
    const conv = await conversation(user, id);
    const target = body.target ?? conv.language;
    if (!target) throw new ApiError(409, 'language_unknown', 'the conversation’s language is not known yet; give a target');
    const source = body.source ?? (await agentLanguage(user));
    // Drafts change with every keystroke: not cached.
    const t = await translating(() => translator.translate(body.text, target, source));
    return { translation: { text: t.text, source: t.source ?? source, target } };
  });

  app.get('/api/console/conversations/:id/csat', async (req) => {
    const user = await requireUser(ctx, req);
    const { id } = parseWith(idParams, req.params);
    await conversation(user, id);
    const row = await db.selectFrom('csat_requests').selectAll().where('conversation_id', '=', id).where('tenant_id', '=', user.tenantId).executeTakeFirst();
    return {
      csat: row ? { requestedAt: new Date(row.requested_at).toISOString(), language: row.language, rating: row.rating, answeredAt: row.answered_at === null ? null : new Date(row.answered_at).toISOString() } : null,
    };
  });

  app.get('/api/console/csat', async (req) => {
    const user = await requireUser(ctx, req);
    if (!isSupervisor(user.role)) throw new ApiError(403, 'forbidden', 'only supervisors and admins read satisfaction reports');
    const { days } = parseWith(csatQuery, req.query);
    const to = Date.now();
    return csatReport(db, user.tenantId, to - days * 86_400_000, to + 1);
  });
}
