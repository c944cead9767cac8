import { readFile } from 'node:fs/promises';
import { FileReadError } from '../core/errors.js';

/** Reads a UTF-8 file, turning every failure into a one-line error that names the path. */
export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a folder, not a file' : code === 'EACCES' ? 'permission denied' : 'cannot be read';
    throw new FileReadError(`${file}: ${why}`, { cause });
  }
}
