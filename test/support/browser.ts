// Real-browser tests use Debian's Chromium through playwright-core (never a downloaded browser), and
// the built web apps (built here when missing or older than their sources).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { fromRoot } from '../../src/runtime/paths.js';

/** Newest modification time of the files under a directory (node_modules skipped). */
function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureWebBuilt(): void {
  const built = [fromRoot('dist', 'web', 'widget.js'), fromRoot('dist', 'web', 'console', 'index.html')];
  // A build from before a merge or an edit would test yesterday's console.
  if (built.every(existsSync) && Math.min(...built.map((f) => statSync(f).mtimeMs)) >= Math.max(newestMtime(fromRoot('web')), newestMtime(fromRoot('src')))) return;
  execSync('npx vite build --config web/vite.config.ts --logLevel warn', { cwd: fromRoot(), stdio: 'inherit' });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}
