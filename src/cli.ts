/**
 * The `standpoint` command: analyse one text, stream a JSONL batch, summarise a batch's output.
 * Exit status: 0 success, 1 some documents or lines failed, 2 usage or input errors.
 * This module only dispatches; the commands live in cli/ (analyze, batch, summarize), with the
 * parts they share: args (options and help), input (files, stdin, lines), output (--out).
 */
import { STANDPOINT_VERSION as VERSION } from './version';
import { analyzeCommand } from './cli/analyze';
import { HELP, parseCommandArgs, UsageError, type Parsed } from './cli/args';
import { batchCommand } from './cli/batch';
import { summarizeCommand } from './cli/summarize';

export { lines } from './cli/input';

const COMMANDS: Readonly<Record<string, (p: Parsed) => Promise<number>>> = {
  analyze: analyzeCommand, batch: batchCommand, summarize: summarizeCommand,
};

/** Runs the CLI with arguments (without node and the script); returns the exit status. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    // No command at all is a usage error (2) that still shows the help; asking for help is success.
    if (!command || command === '--help' || command === '-h' || command === 'help') { process.stdout.write(`${HELP.main}\n`); return command ? 0 : 2; }
    if (command === '--version') { process.stdout.write(`${VERSION}\n`); return 0; }
    const run = COMMANDS[command];
    if (!run) throw new UsageError(`unknown command "${command}"; commands: ${Object.keys(COMMANDS).join(', ')}`);
    const parsed = parseCommandArgs(command, rest);
    if (parsed.flags.help) { process.stdout.write(`${HELP[command]}\n`); return 0; }
    return await run(parsed);
  } catch (e) {
    // Library errors already begin with "standpoint:"; say it once.
    process.stderr.write(`standpoint: ${(e as Error).message.replace(/^standpoint: /, '')}\n`);
    return 2;
  }
}
