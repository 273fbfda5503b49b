// `npm start`: runs Peakdesk (server, console, demo shop) and prints where to find everything.
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './runtime/config.js';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(err.message + '\n');
      process.exit(2);
    }
    throw err;
  }
  const app = await createApp(config);
  const log = app.ctx.log;
  let stopping = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      log.info({ signal }, 'shutting down');
      app.stop().then(
        () => process.exit(0),
        (err) => {
          log.error({ err }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
  await app.start();
  const url = config.publicUrl;
  const lines = [
    '',
    `  Peakdesk is running (${config.mode} mode${config.mode === 'embedded' ? `, data in ${app.ctx.store.path}` : ''})`,
    `  Agent console:  ${url}/console/`,
    `  Demo shop:      ${url}/shop/`,
    `  API:            ${url}/api/v1/messages   (docs/api.md)`,
  ];
  if (app.seeded) {
    lines.push(
      '',
      '  First start: the demo shop was created. Save these now; they are not shown again.',
      `  Admin login:    ${app.seeded.ownerEmail}`,
      `  Password:       ${app.seeded.ownerPassword}`,
      `  API key:        ${app.seeded.apiKey}`,
      '  More keys:      npx peakdesk apikey create',
    );
  }
  process.stdout.write(lines.join('\n') + '\n\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`peakdesk failed to start: ${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
