// Real-browser tests use Debian's Chromium through playwright-core (never a downloaded browser), and
// the built web apps (built once here if missing).
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { fromRoot } from '../../src/runtime/paths.js';

export function ensureWebBuilt(): void {
  if (existsSync(fromRoot('dist', 'web', 'widget.js')) && existsSync(fromRoot('dist', 'web', 'console', 'index.html'))) return;
  execSync('npx vite build --config web/vite.config.ts --logLevel warn', { cwd: fromRoot(), stdio: 'inherit' });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}
