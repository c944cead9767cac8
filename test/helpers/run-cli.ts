import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/digimat.js');

/** What a run of digimat printed and how it ended. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Spawns the real `digimat` bin (compiled by `pretest`) and captures what a user would see. Kept for
 * what only a real process shows: start-up, exit codes as the shell sees them, signals, servers.
 */
export function runDigimat(args: string[], cwd = ROOT): CliRun & { pid: number } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, pid: r.pid ?? -1 };
}

type Cli = typeof import('../../src/cli.js');
let cli: Promise<Cli> | undefined;

/**
 * Runs digimat in this process through `runCli(argv, io)`, the function bin/digimat.js calls, from
 * the compiled dist/ as the bin does (report workers load dist/ files by URL). What the commands
 * write is collected line by line as a terminal would show it. The process-wide state a run may
 * touch is put back afterwards, so runs do not leak into each other: the working folder (chdir to
 * `cwd` for the run), `process.exitCode` and `process.env`.
 */
export async function runInProcess(args: string[], cwd = ROOT): Promise<CliRun> {
  const { runCli } = await (cli ??= import(pathToFileURL(path.join(ROOT, 'dist/cli.js')).href) as Promise<Cli>);
  const stdout: string[] = [];
  const stderr: string[] = [];
  const before = { cwd: process.cwd(), exitCode: process.exitCode, env: { ...process.env } };
  process.chdir(cwd);
  try {
    const code = await runCli(args, { out: (line) => stdout.push(`${line}\n`), err: (line) => stderr.push(`${line}\n`) });
    return { code, stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    process.chdir(before.cwd);
    process.exitCode = before.exitCode;
    for (const key of Object.keys(process.env)) if (!(key in before.env)) delete process.env[key];
    Object.assign(process.env, before.env);
  }
}
