// `peakdesk apikey create`, `peakdesk tenant create`, `peakdesk webhook set`, `peakdesk migrate`:
// administration against the configured database (same env as the server).
import type { Command } from 'commander';
import { z } from 'zod';
import { createApiKey } from '../api/auth/api-key.js';
import { isAllowedWebhookUrl } from '../api/webhook-url.js';
import { createTenant } from '../commerce/tenant-setup.js';
import { loadConfig } from '../runtime/config.js';
import { migrate, openStore, type Store } from '../store/database.js';

export class CliError extends Error {}

export async function withStore<T>(fn: (store: Store) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const store = openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR, poolSize: 2, sqliteSynchronous: config.SQLITE_SYNCHRONOUS });
  try {
    await migrate(store);
    return await fn(store);
  } finally {
    await store.close();
  }
}

export async function tenantIdBySlug(store: Store, slug: string): Promise<string> {
  const row = await store.db.selectFrom('tenants').select('id').where('slug', '=', slug).executeTakeFirst();
  if (!row) throw new CliError(`no tenant with slug "${slug}" (list them with: peakdesk tenant list)`);
  return row.id;
}

const slugSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, 'a slug is 1–64 lower-case letters, digits or dashes');

function check<T>(schema: z.ZodType<T>, value: unknown, flag: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new CliError(`${flag}: ${r.error.issues[0]!.message}`);
  return r.data;
}

export function registerAdminCommands(program: Command, out: (s: string) => void): void {
  const apikey = program.command('apikey').description('manage API keys');
  apikey
    .command('create')
    .description('create an API key for a tenant and print it (shown once)')
    .option('--tenant <slug>', 'tenant slug', 'demo')
    .option('--name <name>', 'a label for the key', 'cli')
    .option('--json', 'print JSON')
    .action(async (o: { tenant: string; name: string; json?: boolean }) => {
      const slug = check(slugSchema, o.tenant, '--tenant');
      const name = check(z.string().min(1).max(100), o.name, '--name');
      const { id, key } = await withStore(async (s) => createApiKey(s.db, await tenantIdBySlug(s, slug), name));
      out(o.json ? JSON.stringify({ id, key, tenant: slug }) : `API key for ${slug}: ${key}\n(store it now; only its hash is kept)`);
    });

  const tenant = program.command('tenant').description('manage tenants (shops)');
  tenant
    .command('create')
    .description('create a tenant with an owner account, an API key and a widget key')
    .requiredOption('--slug <slug>', 'url-safe id, e.g. acme')
    .requiredOption('--name <name>', 'shop name')
    .requiredOption('--owner <email>', "the owner's e-mail (console login)")
    .option('--json', 'print JSON')
    .action(async (o: { slug: string; name: string; owner: string; json?: boolean }) => {
      const slug = check(slugSchema, o.slug, '--slug');
      const name = check(z.string().trim().min(1).max(200), o.name, '--name');
      const owner = check(z.email(), o.owner, '--owner');
      const t = await withStore(async (s) => {
        if (await s.db.selectFrom('tenants').select('id').where('slug', '=', slug).executeTakeFirst()) throw new CliError(`tenant "${slug}" already exists`);
        if (await s.db.selectFrom('users').select('id').where('email', '=', owner.toLowerCase()).executeTakeFirst()) throw new CliError(`a user with e-mail ${owner} already exists`);
        return createTenant(s.db, { slug, name, ownerEmail: owner });
      });
      out(o.json ? JSON.stringify(t) : `Tenant ${t.slug} created.\nOwner: ${t.ownerEmail} / ${t.ownerPassword}\nAPI key: ${t.apiKey}\nWidget key: ${t.widgetKey}`);
    });
  tenant
    .command('list')
    .description('list tenants')
    .action(async () => {
      const rows = await withStore((s) => s.db.selectFrom('tenants').select(['slug', 'name', 'webhook_url']).orderBy('created_at').execute());
      out(rows.map((r) => `${r.slug}\t${r.name}\t${r.webhook_url ?? '-'}`).join('\n') || '(no tenants)');
    });

  program
    .command('webhook')
    .description("set (or clear with --clear) the URL a tenant's replies are POSTed to")
    .option('--tenant <slug>', 'tenant slug', 'demo')
    .option('--url <url>', 'http(s) URL')
    .option('--clear', 'stop sending webhooks')
    .action(async (o: { tenant: string; url?: string; clear?: boolean }) => {
      const slug = check(slugSchema, o.tenant, '--tenant');
      if (!o.clear && !o.url) throw new CliError('give --url <url> or --clear');
      const url = o.clear ? null : check(z.url(), o.url, '--url');
      if (url && !isAllowedWebhookUrl(url, loadConfig().ALLOW_PRIVATE_WEBHOOKS)) throw new CliError('--url: must be an http(s) URL on a public host');
      const secret = await withStore(async (s) => {
        const id = await tenantIdBySlug(s, slug);
        await s.db.updateTable('tenants').set({ webhook_url: url }).where('id', '=', id).execute();
        return (await s.db.selectFrom('tenants').select('webhook_secret').where('id', '=', id).executeTakeFirstOrThrow()).webhook_secret;
      });
      out(url ? `Webhook for ${slug}: ${url}\nSigning secret: ${secret}` : `Webhook for ${slug} cleared`);
    });

  program
    .command('migrate')
    .description('create or upgrade the database schema')
    .action(async () => {
      await withStore(async () => undefined);
      out('database is up to date');
    });
}
