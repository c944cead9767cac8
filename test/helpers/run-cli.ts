import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BIN = path.join(ROOT, 'bin/digimat.js');

/** Spawns the real `digimat` bin (compiled by `pretest`) and captures what a user would see. */
export function runDigimat(args: string[], cwd = ROOT): { code: number; stdout: string; stderr: string; pid: number } {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, pid: r.pid ?? -1 };
}
