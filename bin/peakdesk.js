#!/usr/bin/env node
// `npx peakdesk …`: runs the compiled CLI, building it first on a fresh checkout.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const entry = join(root, 'dist', 'src', 'cli', 'main.js');
if (!existsSync(entry)) execSync('npx tsc -p tsconfig.build.json', { cwd: root, stdio: 'inherit' });
const { runCli } = await import(pathToFileURL(entry).href);
process.exitCode = await runCli(process.argv.slice(2));
