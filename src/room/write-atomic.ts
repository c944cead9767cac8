import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { DigimatError } from '../core/errors.js';

/** The workshop file could not be written; the message says which file and why. */
export class WorkshopWriteError extends DigimatError {}

/**
 * Writes a file so that it is either the old one or the whole new one, never half: the text goes to
 * a temporary file beside it, is flushed to disk, and is renamed over the target; the folder is
 * flushed too so the rename survives a power cut.
 */
export async function writeFileAtomic(file: string, text: string): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.tmp-${process.pid}`);
  try {
    const handle = await open(tmp, 'w', 0o644);
    try {
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw new WorkshopWriteError(
      `could not write ${file}: ${(error as NodeJS.ErrnoException).code ?? ''} ${(error as Error).message}`.replace(/\s+/g, ' ').trim(),
      { cause: error },
    );
  }
  try {
    const d = await open(dir, 'r');
    await d.sync().finally(() => d.close());
  } catch {
    /* some file systems cannot sync a folder; the rename itself is done */
  }
}
