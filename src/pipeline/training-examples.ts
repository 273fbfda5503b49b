// The merchant's own intent training examples (table training_examples) and the intent catalog the
// admin page lists: the built-in pack's intents with their example counts beside the tenant's own.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { loadIntentPack, OOS, PACK_INTENTS, type LabelledExample } from '../nlu/index.js';
import { newId } from '../runtime/ids.js';
import type { Database } from '../store/schema.js';
import { Conflict, NotFound } from '../handoff/team-admin.js';

/** Enough for a thorough custom intent set; beyond it the page and the training job grow slow. */
export const MAX_EXAMPLES_PER_TENANT = 5_000;

export const exampleInput = z
  .object({
    intent: z.string().trim().regex(/^[a-z][a-z0-9_]{1,59}$/, 'lower-case letters, digits and _, starting with a letter (2–60)'),
    text: z.string().trim().min(1, 'must not be empty').max(500),
  })
  .strict();

export interface ExampleView {
  id: string;
  intent: string;
  text: string;
  createdAt: string;
}

export interface IntentEntry {
  intent: string;
  builtIn: boolean;
  packExamples: number;
  ownExamples: number;
}

let packCounts: Map<string, number> | undefined;

function packExampleCounts(): Map<string, number> {
  if (!packCounts) {
    packCounts = new Map();
    for (const e of loadIntentPack({ split: 'train' })) packCounts.set(e.intent, (packCounts.get(e.intent) ?? 0) + 1);
  }
  return packCounts;
}

export async function intentCatalog(db: Kysely<Database>, tenantId: string): Promise<IntentEntry[]> {
  const rows = await db
    .selectFrom('training_examples')
    .select(['intent', (eb) => eb.fn.countAll<number>().as('n')])
    .where('tenant_id', '=', tenantId)
    .groupBy('intent')
    .execute();
  const own = new Map(rows.map((r) => [r.intent, Number(r.n)]));
  const pack = packExampleCounts();
  const builtIn = PACK_INTENTS.filter((i) => i !== OOS);
  const names = [...new Set([...builtIn, ...own.keys()])].sort();
  return names.map((intent) => ({ intent, builtIn: (builtIn as readonly string[]).includes(intent), packExamples: pack.get(intent) ?? 0, ownExamples: own.get(intent) ?? 0 }));
}

export async function listExamples(db: Kysely<Database>, tenantId: string, intent?: string): Promise<ExampleView[]> {
  let q = db.selectFrom('training_examples').selectAll().where('tenant_id', '=', tenantId);
  if (intent) q = q.where('intent', '=', intent);
  const rows = await q.orderBy('intent').orderBy('created_at').orderBy('id').limit(MAX_EXAMPLES_PER_TENANT).execute();
  return rows.map((r) => ({ id: r.id, intent: r.intent, text: r.text, createdAt: new Date(r.created_at).toISOString() }));
}

export async function ownExamples(db: Kysely<Database>, tenantId: string): Promise<LabelledExample[]> {
  return db.selectFrom('training_examples').select(['text', 'intent']).where('tenant_id', '=', tenantId).orderBy('id').execute();
}

export async function addExample(db: Kysely<Database>, tenantId: string, input: z.infer<typeof exampleInput>): Promise<ExampleView> {
  const [count] = await db.selectFrom('training_examples').select((eb) => eb.fn.countAll<number>().as('n')).where('tenant_id', '=', tenantId).execute();
  if (Number(count?.n ?? 0) >= MAX_EXAMPLES_PER_TENANT) throw new Conflict(`at most ${MAX_EXAMPLES_PER_TENANT} examples per shop; remove some first`);
  const dup = await db.selectFrom('training_examples').select('id').where('tenant_id', '=', tenantId).where('intent', '=', input.intent).where('text', '=', input.text).executeTakeFirst();
  if (dup) throw new Conflict(`"${input.text}" is already an example of ${input.intent}`);
  const row = { tenant_id: tenantId, id: newId('ex'), intent: input.intent, text: input.text, created_at: Date.now() };
  await db.insertInto('training_examples').values(row).execute();
  return { id: row.id, intent: row.intent, text: row.text, createdAt: new Date(row.created_at).toISOString() };
}

export async function removeExample(db: Kysely<Database>, tenantId: string, id: string): Promise<void> {
  const r = await db.deleteFrom('training_examples').where('tenant_id', '=', tenantId).where('id', '=', id).executeTakeFirst();
  if (Number(r.numDeletedRows) === 0) throw new NotFound(`example ${id} not found`);
}
