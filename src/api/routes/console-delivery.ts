// The console's dead-letter alert: replies a channel refused for good or that ran out of attempts.
//   GET  /api/console/dead-letters            newest first, only conversations the user may see
//   POST /api/console/dead-letters/:id/retry  back in line with a fresh attempt budget
//   POST /api/console/messages/:id/retry      the same, from the failed message in the conversation
// Any signed-in agent who can see the conversation may retry: the reply was already approved when it
// was written; retrying only delivers it. Other tenants' rows answer 404, like missing ones.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { publishMessageUpdates } from '../../channels/delivery-events.js';
import { isSupervisor, viewerOf } from '../../handoff/inbox.js';
import { findDeadLetter, listDeadLetters, retryDeadLetter } from '../../outbox/dead-letters.js';
import type { AppContext } from '../context.js';
import { ApiError, parseWith } from '../errors.js';
import { hiddenFrom, requireUser } from './console.js';

const listQuery = z.object({ limit: z.coerce.number().int().min(1).max(200).default(50) }).strict();
const idParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/) });

export function registerConsoleDelivery(app: FastifyInstance, ctx: AppContext): void {
  const visibleTo = async (user: Awaited<ReturnType<typeof requireUser>>, conversationIds: string[]) =>
    isSupervisor(user.role) ? new Set<string>() : hiddenFrom(ctx, await viewerOf(ctx.store.db, user), conversationIds);

  app.get('/api/console/dead-letters', async (req) => {
    const user = await requireUser(ctx, req);
    const { limit } = parseWith(listQuery, req.query);
    const letters = await listDeadLetters(ctx.store.db, user.tenantId, limit);
    const hidden = await visibleTo(user, [...new Set(letters.map((l) => l.conversationId))]);
    return { deadLetters: letters.filter((l) => !hidden.has(l.conversationId)) };
  });

  const retry = (by: 'outbox' | 'message') => async (req: FastifyRequest) => {
    const user = await requireUser(ctx, req);
    const { id } = parseWith(idParams, req.params);
    const letter = await findDeadLetter(ctx.store.db, user.tenantId, id, by);
    if (!letter || (await visibleTo(user, [letter.conversationId])).has(letter.conversationId)) throw new ApiError(404, 'not_found', `${by === 'outbox' ? 'dead letter' : 'message'} ${id} not found`);
    if (!(await retryDeadLetter(ctx.store.db, user.tenantId, letter, Date.now()))) throw new ApiError(409, 'conflict', 'this reply is not dead-lettered (already retried or delivered)');
    ctx.log.info({ tenantId: user.tenantId, outboxId: id, userId: user.id }, 'dead-lettered reply retried from the console');
    await publishMessageUpdates(ctx.store.db, ctx.bus, user.tenantId, [letter.messageId]);
    ctx.wakeOutbox();
    return { ok: true, messageId: letter.messageId, conversationId: letter.conversationId };
  };
  app.post('/api/console/dead-letters/:id/retry', retry('outbox'));
  app.post('/api/console/messages/:id/retry', retry('message'));
}
