// Deploys a tenant's own intent model: the merchant's labelled examples, on top of the built-in
// e-commerce pack unless told otherwise, trained where this runs (the CLI, off the request path) and
// stored in nlu_models, from where every replica's NluService swaps it in within its poll interval.
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { loadIntentPack, trainIntentModel, type LabelledExample } from '../nlu/index.js';
import { newId } from '../runtime/ids.js';
import type { Database } from '../store/schema.js';

export interface DeployedModel {
  id: string;
  examples: number;
  intents: number;
  trainSeconds: number;
}

export async function deployTenantModel(
  db: Kysely<Database>,
  tenantId: string,
  merchantExamples: LabelledExample[],
  opts: { includePack?: boolean; seed?: number } = {},
): Promise<DeployedModel> {
  if (merchantExamples.length === 0) throw new Error('no training examples');
  const examples = [...(opts.includePack === false ? [] : loadIntentPack({ split: 'train' })), ...merchantExamples];
  const started = performance.now();
  const model = trainIntentModel(examples, { seed: opts.seed ?? 1 });
  const trainSeconds = (performance.now() - started) / 1000;
  const id = newId('mdl');
  await db
    .insertInto('nlu_models')
    .values({
      id,
      tenant_id: tenantId,
      data_hash: createHash('sha256').update(JSON.stringify(examples)).digest('hex'),
      model: JSON.stringify(model.toJSON()),
      created_at: Date.now(),
    })
    .execute();
  return { id, examples: examples.length, intents: model.intents.length, trainSeconds };
}
