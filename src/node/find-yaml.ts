import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { FileReadError } from '../core/errors.js';

/** Every .yaml/.yml file under a folder (sorted), or the file itself. */
export async function findYaml(target: string): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(target);
  } catch (cause) {
    throw new FileReadError(`${target}: no such file or folder`, { cause });
  }
  if (info.isFile()) return [target];
  const entries = await readdir(target, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && /\.ya?ml$/.test(e.name))
    .map((e) => path.join(e.parentPath ?? target, e.name))
    .sort();
}
