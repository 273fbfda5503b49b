// Locates files shipped with the package (intent pack, built web apps) the same way whether the code
// runs from src/ under vitest/tsx or from dist/ after the build.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function projectRoot(): string {
  if (cached) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('peakdesk: package.json not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
  cached = dir;
  return dir;
}

export function fromRoot(...parts: string[]): string {
  return join(projectRoot(), ...parts);
}
