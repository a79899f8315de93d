/**
 * The contract between `nianbao` (lib/cli/main.ts) and its subcommands.
 *
 * A subcommand is `(args, io) => Promise<number>`:
 * - `args`: the words after the subcommand's name, untouched (`nianbao check a.json --json`
 *   → `["a.json", "--json"]`); each command parses its own and answers `-h`/`--help`.
 * - `io.stdout(text)` / `io.stderr(text)`: write `text` plus a newline. Results go to
 *   stdout (a machine-readable result, e.g. `--json`, alone); messages to people to stderr.
 * - `io.cwd`: the folder relative paths are resolved against (never process.cwd() directly).
 * - The promise resolves to the exit code: 0 done, 1 done but the report has errors
 *   (or the output could not be written), 2 bad usage or bad input (unreadable file,
 *   not JSON, not a valid report). Messages are Chinese, for clerks; never a stack
 *   trace. A command may throw: main() turns it into exit 2 with a one-line message.
 */
export interface CliIo {
  cwd: string;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export type CliCommandRun = (args: string[], io: CliIo) => Promise<number>;

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
