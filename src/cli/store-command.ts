// `peakdesk store connect|sync|webhooks|status|disconnect`: connects a tenant to its Shopify or
// WooCommerce store (credentials sealed with STORE_CREDENTIALS_KEY), runs the initial import with a
// progress bar on stderr (resumable: Ctrl-C and run it again), subscribes the store's webhooks, and
// shows the sync state.
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { z } from 'zod';
import { PLATFORMS, SYNC_KINDS, ConnectorError, type SyncKind } from '../commerce/connectors/connector.js';
import { loadConnection, removeConnection, saveConnection, type StoreConnection } from '../commerce/connectors/connections.js';
import { createConnector, type ConnectorOptions } from '../commerce/connectors/create-connector.js';
import { storeCredentialsBox } from '../commerce/connectors/store-credentials-key.js';
import { SecretBoxError, type SecretBox } from '../runtime/secret-box.js';
import { BULK_ORDER_THRESHOLD, importStore, type ImportProgress } from '../commerce/sync/import-store.js';
import { loadConfig } from '../runtime/config.js';
import { CliError, tenantIdBySlug, withStore } from './admin-commands.js';

const slugSchema = z.string().regex(/^[a-z0-9-]{1,64}$/, 'a slug is 1–64 lower-case letters, digits or dashes');

function box(): SecretBox {
  try {
    return storeCredentialsBox(loadConfig().STORE_CREDENTIALS_KEY);
  } catch (err) {
    if (err instanceof SecretBoxError) throw new CliError(err.message);
    throw err;
  }
}

function slugOf(value: string): string {
  const r = slugSchema.safeParse(value);
  if (!r.success) throw new CliError(`--tenant: ${r.error.issues[0]!.message}`);
  return r.data;
}

function describeError(err: unknown): never {
  if (err instanceof z.ZodError) throw new CliError(err.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; '));
  if (err instanceof ConnectorError) throw new CliError(err.message);
  if (err instanceof SecretBoxError) throw new CliError(err.message);
  throw err;
}

/** Options for the sync command's connector; tests and benches pass smaller pages or timeouts. */
export interface StoreCommandOptions {
  connector?: ConnectorOptions;
}

export function registerStoreCommands(program: Command, out: (s: string) => void, opts: StoreCommandOptions = {}): void {
  const store = program.command('store').description("connect and sync the merchant's store (Shopify, WooCommerce)");

  store
    .command('connect')
    .description('connect a tenant to its store; secrets may come from the environment instead of flags')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .requiredOption('--platform <platform>', `one of ${PLATFORMS.join(', ')}`)
    .option('--url <url>', 'store URL, e.g. https://acme.myshopify.com or https://shop.example.com')
    .option('--token <token>', 'Shopify Admin API access token (or SHOPIFY_ACCESS_TOKEN)')
    .option('--consumer-key <key>', 'WooCommerce consumer key (or WOO_CONSUMER_KEY)')
    .option('--consumer-secret <secret>', 'WooCommerce consumer secret (or WOO_CONSUMER_SECRET)')
    .option('--webhook-secret <secret>', 'the webhook signing secret (Shopify: shown in Settings → Notifications → Webhooks, or the app client secret; WooCommerce: the webhook secret) (or STORE_WEBHOOK_SECRET)')
    .option('--no-verify', 'store the connection without a test call to the store')
    .action(async (o: { tenant: string; platform: string; url?: string; token?: string; consumerKey?: string; consumerSecret?: string; webhookSecret?: string; verify: boolean }) => {
      const slug = slugOf(o.tenant);
      const platform = z.enum(PLATFORMS, { message: `--platform must be one of ${PLATFORMS.join(', ')}` }).safeParse(o.platform);
      if (!platform.success) throw new CliError(platform.error.issues[0]!.message);
      const env = process.env;
      const credentials =
        platform.data === 'shopify'
          ? { accessToken: o.token ?? env.SHOPIFY_ACCESS_TOKEN }
          : platform.data === 'woocommerce'
            ? { consumerKey: o.consumerKey ?? env.WOO_CONSUMER_KEY, consumerSecret: o.consumerSecret ?? env.WOO_CONSUMER_SECRET }
            : {};
      const url = o.url ?? (platform.data === 'demo' ? 'http://localhost' : undefined);
      if (!url) throw new CliError('--url is required: the address of the store');
      const secrets = box();
      const summary = await withStore(async (s) => {
        const tenantId = await tenantIdBySlug(s, slug);
        await saveConnection(s.db, secrets, tenantId, { platform: platform.data, baseUrl: url, credentials, webhookSecret: o.webhookSecret ?? env.STORE_WEBHOOK_SECRET ?? '' }).catch(describeError);
        const conn = (await loadConnection(s.db, secrets, tenantId))!;
        if (!o.verify) return `Connected ${slug} to ${conn.platform} at ${conn.baseUrl} (not verified).`;
        try {
          const page = await createConnector(conn, { ...opts.connector, pageSize: 1 }).fetchPage('products');
          return `Connected ${slug} to ${conn.platform} at ${conn.baseUrl}${page.total !== undefined ? ` (${page.total} products)` : ''}.`;
        } catch (err) {
          await removeConnection(s.db, tenantId);
          return describeError(err);
        }
      });
      out(`${summary}\nNext: peakdesk store sync --tenant ${slug}\nWebhook URL: ${loadConfig().publicUrl}/webhooks/store/${slug}`);
    });

  store
    .command('sync')
    .description('import everything from the store into the local cache (resumes an interrupted import)')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--restart', 'start over instead of resuming')
    .option('--bulk', `read the orders through the store's bulk export (Shopify) whatever their number (default: from ${BULK_ORDER_THRESHOLD} orders)`)
    .option('--paged', 'read the orders page by page even from a large store')
    .option('--json', 'print the summary as JSON')
    .action(async (o: { tenant: string; restart?: boolean; bulk?: boolean; paged?: boolean; json?: boolean }) => {
      if (o.bulk && o.paged) throw new CliError('--bulk and --paged exclude each other');
      const slug = slugOf(o.tenant);
      const secrets = box();
      const abort = new AbortController();
      const onSigint = () => abort.abort();
      process.once('SIGINT', onSigint);
      const bar = new cliProgress.SingleBar(
        { stream: process.stderr, format: '{kind} {bar} {value}/{total} records{note}', noTTYOutput: true, notTTYSchedule: 2_000, etaBuffer: 50 },
        cliProgress.Presets.shades_classic,
      );
      let current: SyncKind | undefined;
      const onProgress = (p: ImportProgress) => {
        const total = Math.max(p.total ?? p.imported, p.imported);
        // While the store runs its bulk export nothing is imported yet: show how far the export got.
        const note = p.exportedObjects !== undefined ? ` (store exporting: ${p.exportedObjects} objects)` : '';
        if (p.kind !== current) {
          if (current) bar.stop();
          current = p.kind;
          bar.start(total, p.imported, { kind: p.kind.padEnd(10), note });
        } else {
          bar.setTotal(total);
          bar.update(p.imported, { note });
        }
      };
      try {
        const { summary, conn } = await withStore(async (s) => {
          const tenantId = await tenantIdBySlug(s, slug);
          const conn: StoreConnection | undefined = await loadConnection(s.db, secrets, tenantId).catch(describeError);
          if (!conn) throw new CliError(`tenant "${slug}" has no store connected (peakdesk store connect --tenant ${slug} …)`);
          if (conn.syncState.running && !o.restart) process.stderr.write(`resuming the import started ${new Date(conn.syncState.startedAt ?? 0).toISOString()}\n`);
          const summary = await importStore({ db: s.db, tenantId, connector: createConnector(conn, opts.connector), state: conn.syncState, restart: !!o.restart, signal: abort.signal, onProgress, bulk: o.bulk ? 'always' : o.paged ? 'never' : 'auto' }).catch((err: unknown) => {
            if (abort.signal.aborted) throw new CliError(`import interrupted; run \`peakdesk store sync --tenant ${slug}\` again to resume`);
            return describeError(err);
          });
          return { summary, conn };
        });
        if (current) bar.stop();
        const perSecond = Math.round(summary.written / Math.max(summary.ms / 1000, 0.001));
        if (o.json) out(JSON.stringify({ tenant: slug, platform: conn.platform, ...summary, recordsPerSecond: perSecond }));
        else {
          const lines = SYNC_KINDS.filter((k) => summary.kinds[k] !== undefined).map((k) => `  ${k.padEnd(10)} ${summary.kinds[k]}`);
          out(`Imported ${slug} from ${conn.platform} in ${(summary.ms / 1000).toFixed(1)} s (${perSecond} records/s${summary.resumed ? ', resumed' : ''}${summary.bulk ? ', orders by bulk export' : ''}):\n${lines.join('\n')}`);
        }
      } finally {
        bar.stop();
        process.off('SIGINT', onSigint);
      }
    });

  store
    .command('webhooks')
    .description("subscribe the store's order and shipment webhooks to this server (Shopify: signed with the app's client secret; WooCommerce: needs a Read/Write key)")
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--base-url <url>', 'the public address the store calls (default PUBLIC_URL)')
    .action(async (o: { tenant: string; baseUrl?: string }) => {
      const slug = slugOf(o.tenant);
      const base = (o.baseUrl ?? loadConfig().publicUrl).replace(/\/+$/, '');
      if (!z.url().safeParse(base).success) throw new CliError('--base-url must be an absolute URL such as https://support.example.com');
      const url = `${base}/webhooks/store/${slug}`;
      const secrets = box();
      const result = await withStore(async (s) => {
        const conn = await loadConnection(s.db, secrets, await tenantIdBySlug(s, slug)).catch(describeError);
        if (!conn) throw new CliError(`tenant "${slug}" has no store connected (peakdesk store connect --tenant ${slug} …)`);
        const connector = createConnector(conn, opts.connector);
        if (!connector.subscribeWebhooks) throw new CliError(`the ${conn.platform} store has no webhooks to subscribe`);
        return connector.subscribeWebhooks(url, conn.webhookSecret).catch(describeError);
      });
      if (/^http:\/\/(localhost|127\.0\.0\.1)/.test(base)) process.stderr.write(`warning: ${url} is only reachable from this machine; set PUBLIC_URL or --base-url\n`);
      out(`Webhooks to ${url}: ${result.created.length} subscribed (${result.created.join(', ') || '-'}), ${result.existing.length} already there.`);
    });

  store
    .command('status')
    .description('show the connection and how fresh the cache is')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .option('--json', 'print JSON')
    .action(async (o: { tenant: string; json?: boolean }) => {
      const slug = slugOf(o.tenant);
      const status = await withStore(async (s) => {
        const tenantId = await tenantIdBySlug(s, slug);
        const row = await s.db.selectFrom('store_connections').select(['platform', 'base_url', 'sync_state', 'synced_at', 'reconciled_at', 'last_error']).where('tenant_id', '=', tenantId).executeTakeFirst();
        const counts = await s.db.selectFrom('commerce_records').select(['kind', (eb) => eb.fn.countAll<number>().as('n')]).where('tenant_id', '=', tenantId).groupBy('kind').execute();
        const iso = (ms: number | null) => (ms === null ? null : new Date(Number(ms)).toISOString());
        return {
          tenant: slug,
          platform: row?.platform ?? null,
          url: row?.base_url ?? null,
          importRunning: row ? (JSON.parse(row.sync_state) as { running: boolean }).running : false,
          syncedAt: iso(row?.synced_at ?? null),
          reconciledAt: iso(row?.reconciled_at ?? null),
          lastError: row?.last_error ?? null,
          records: Object.fromEntries(counts.map((c) => [c.kind, Number(c.n)])),
        };
      });
      if (o.json) return out(JSON.stringify(status));
      out(
        status.platform
          ? `${slug}: ${status.platform} at ${status.url}\n  imported: ${status.syncedAt ?? (status.importRunning ? 'in progress' : 'never')}\n  reconciled: ${status.reconciledAt ?? 'never'}\n  last error: ${status.lastError ?? 'none'}\n  cached: ${Object.entries(status.records).map(([k, n]) => `${k} ${n}`).join(', ')}`
          : `${slug}: no store connected (the cache holds ${Object.values(status.records).reduce((a, b) => a + b, 0)} records)`,
      );
    });

  store
    .command('disconnect')
    .description('forget the store connection and its credentials (the cached records stay)')
    .requiredOption('--tenant <slug>', 'tenant slug')
    .action(async (o: { tenant: string }) => {
      const slug = slugOf(o.tenant);
      const removed = await withStore(async (s) => removeConnection(s.db, await tenantIdBySlug(s, slug)));
      out(removed ? `Disconnected ${slug}.` : `${slug} had no store connected.`);
    });
}
