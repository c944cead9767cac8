import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runDigimat } from './run-cli.js';

let built: string | undefined;

/** Builds the bundled site once per test file into a temporary folder with the real CLI. */
export function buildOnce(): string {
  if (built) return built;
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'digimat-site-')), 'site');
  const r = runDigimat(['build', '-o', out]);
  if (r.code !== 0) throw new Error(`build failed: ${r.stderr}`);
  built = out;
  return out;
}
