/** Where a command writes; the CLI passes the process streams, tests pass collectors. */
export interface CommandIo {
  out(line: string): void;
  err(line: string): void;
}

export const processIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Exit codes shared by every command. */
export const EXIT = { ok: 0, badInput: 1, usage: 2 } as const;
