// Auto-assignment: when a conversation joins a queue, an agent comes online or frees capacity, the
// waiting conversations of that tenant are matched to agents (planAssignments, highest priority
// first). Runs on worker replicas; each assignment is a conditional update (still unassigned, still
// handed off), so two replicas planning at once never give one conversation to two agents.
import type { Kysely } from 'kysely';
import type { Bus } from '../runtime/bus.js';
import type { Logger } from '../runtime/logger.js';
import type { Database } from '../store/schema.js';
import { toWireConversation } from '../api/wire.js';
import { planAssignments, type AgentLoad, type Routing } from './assign.js';
import { loadItems } from './inbox.js';
import { byPriority } from './priority.js';

export class AutoAssigner {
  private readonly pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private sweepTimer: NodeJS.Timeout | undefined;
  private running: Promise<void> = Promise.resolve();

  constructor(private readonly db: Kysely<Database>, private readonly bus: Bus, private readonly log: Logger, private readonly sweepMs = 5_000) {}

  /** Sweeps every tenant with an online agent now and then: SLA order changes with time. */
  start(): void {
    this.sweepTimer = setInterval(() => void this.sweep(), this.sweepMs);
    this.sweepTimer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.sweepTimer);
    clearTimeout(this.timer);
    await this.running;
  }

  /** Asks for a run for this tenant soon; bursts of events collapse into one run. */
  kick(tenantId: string): void {
    this.pending.add(tenantId);
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      const tenants = [...this.pending];
      this.pending.clear();
      this.running = this.running.then(async () => {
        for (const t of tenants) await this.run(t).catch((err: unknown) => this.log.error({ err, tenantId: t }, 'auto-assignment failed'));
      });
    }, 200);
  }

  private async sweep(): Promise<void> {
    const rows = await this.db.selectFrom('agents').select('tenant_id').distinct().where('presence', '=', 'online').execute().catch(() => []);
    for (const r of rows) this.kick(r.tenant_id);
  }

  /** One planning round for a tenant; returns how many conversations were assigned. */
  async run(tenantId: string, now = Date.now()): Promise<number> {
    const online = await this.db.selectFrom('agents').selectAll().where('tenant_id', '=', tenantId).where('presence', '=', 'online').execute();
    if (online.length === 0) return 0;
    const waiting = byPriority((await loadItems(this.db, tenantId, now)).filter((i) => i.assigneeId === null), now);
    if (waiting.length === 0) return 0;
    const [members, loads, teams] = await Promise.all([
      this.db.selectFrom('team_members').select(['team_id', 'user_id']).where('tenant_id', '=', tenantId).execute(),
      this.db
        .selectFrom('conversations')
        .select(['assignee_id', (eb) => eb.fn.countAll<number>().as('n')])
        .where('tenant_id', '=', tenantId)
        .where('status', '=', 'handoff')
        .where('assignee_id', 'in', online.map((a) => a.user_id))
        .groupBy('assignee_id')
        .execute(),
      this.db.selectFrom('teams').select(['id', 'routing']).where('tenant_id', '=', tenantId).execute(),
    ]);
    const agents: AgentLoad[] = online.map((a) => ({
      userId: a.user_id,
      presence: a.presence,
      languages: JSON.parse(a.languages) as string[],
      skills: JSON.parse(a.skills) as string[],
      teams: members.filter((m) => m.user_id === a.user_id).map((m) => m.team_id),
      capacity: a.capacity,
      load: Number(loads.find((l) => l.assignee_id === a.user_id)?.n ?? 0),
      lastAssignedAt: a.last_assigned_at,
    }));
    const routing = new Map(teams.map((t) => [t.id, t.routing as Routing]));
    const plan = planAssignments(
      waiting.map((w) => ({ conversationId: w.conversation.id, teamId: w.teamId, language: w.conversation.language, tags: w.tags })),
      agents,
      (t) => (t ? routing.get(t) : undefined) ?? 'round_robin',
      now,
    );
    let assigned = 0;
    for (const [i, p] of plan.entries()) {
      const conv = await this.db.transaction().execute(async (trx) => {
        const row = await trx
          .updateTable('conversations')
          .set((eb) => ({ assignee_id: p.userId, version: eb('version', '+', 1), updated_at: now }))
          .where('id', '=', p.conversationId)
          .where('tenant_id', '=', tenantId)
          .where('status', '=', 'handoff')
          .where('assignee_id', 'is', null)
          .returningAll()
          .executeTakeFirst();
        if (row) await trx.updateTable('agents').set({ last_assigned_at: now + i }).where('user_id', '=', p.userId).where('tenant_id', '=', tenantId).execute();
        return row;
      });
      if (!conv) continue;
      assigned++;
      const customer = await this.db.selectFrom('customers').selectAll().where('id', '=', conv.customer_id).executeTakeFirstOrThrow();
      this.bus.publish([{ type: 'conversation.updated', tenantId, conversation: toWireConversation(conv, customer) }]);
    }
    return assigned;
  }
}
