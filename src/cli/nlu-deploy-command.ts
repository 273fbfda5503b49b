// `peakdesk nlu deploy --tenant <slug> --data examples.csv [--no-pack]`: trains the tenant's own intent
// model from the merchant's labelled examples (CSV `text,intent`) plus the built-in pack, and deploys
// it; running servers swap it in within MODEL_POLL_MS, without a restart.
import type { Command } from 'commander';
import { LabelledCsvError, readLabelledCsv } from '../nlu/index.js';
import { deployTenantModel } from '../pipeline/tenant-models.js';
import { CliError, tenantIdBySlug, withStore } from './admin-commands.js';

export function registerNluDeploy(program: Command, out: (s: string) => void): void {
  const nlu = program.commands.find((c) => c.name() === 'nlu') ?? program.command('nlu').description('the embedded NLU engine');
  nlu
    .command('deploy')
    .description("train a tenant's intent model from its own examples and deploy it to the running servers")
    .requiredOption('--data <file.csv>', 'labelled examples, columns text,intent')
    .option('--tenant <slug>', 'tenant slug', 'demo')
    .option('--no-pack', 'train on these examples only, without the built-in e-commerce pack')
    .option('--json', 'print JSON')
    .action(async (o: { data: string; tenant: string; pack: boolean; json?: boolean }) => {
      let examples;
      try {
        examples = readLabelledCsv(o.data);
      } catch (err) {
        if (err instanceof LabelledCsvError) throw new CliError(err.message);
        throw new CliError(`--data: cannot read ${o.data} (${(err as Error).message})`);
      }
      if (examples.length === 0) throw new CliError(`--data: ${o.data} has no examples`);
      process.stderr.write(`training on ${examples.length} examples${o.pack ? ' plus the built-in pack' : ''}…\n`);
      const deployed = await withStore(async (s) => deployTenantModel(s.db, await tenantIdBySlug(s, o.tenant), examples, { includePack: o.pack }));
      out(
        o.json
          ? JSON.stringify({ tenant: o.tenant, ...deployed })
          : `Deployed model ${deployed.id} for ${o.tenant}: ${deployed.intents} intents from ${deployed.examples} examples, trained in ${deployed.trainSeconds.toFixed(1)} s.\nRunning servers pick it up within their MODEL_POLL_MS.`,
      );
    });
}
