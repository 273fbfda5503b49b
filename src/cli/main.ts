// `peakdesk <command>`: the command-line entry point.
import { Command, CommanderError } from 'commander';
import { ConfigError } from '../runtime/config.js';
import { CliError, registerAdminCommands } from './admin-commands.js';
import { registerNluCommands } from './nlu-command.js';
import { registerNluDeploy } from './nlu-deploy-command.js';
import { registerStoreCommands } from './store-command.js';

export async function runCli(argv: string[], out: (s: string) => void = (s) => process.stdout.write(s + '\n')): Promise<number> {
  const program = new Command('peakdesk').description('Peakdesk: AI customer service for e-commerce').exitOverride();
  program.configureOutput({ writeOut: (s) => process.stdout.write(s), writeErr: (s) => process.stderr.write(s) });
  registerAdminCommands(program, out);
  registerNluCommands(program, out);
  registerNluDeploy(program, out);
  registerStoreCommands(program, out);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode;
    if (err instanceof CliError || err instanceof ConfigError) {
      process.stderr.write(`peakdesk: ${err.message}\n`);
      return 2;
    }
    process.stderr.write(`peakdesk: ${(err as Error).stack ?? String(err)}\n`);
    return 1;
  }
}
