import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Each file's SHA-256, remembered with its size and modification time, so a watch-mode rebuild
 * reads again only the files it wrote; a full build starts empty and reads everything once.
 */
export class FileDigests {
  private known = new Map<string, { mtimeMs: number; size: number; digest: string }>();
  /** How many files the last hashAll read from disk (for DIGIMAT_TIMING). */
  read = 0;

  /** `remember`: keep sizes and times for the next call (watch mode); a one-off build skips the stat calls. */
  constructor(private readonly remember = true) {}

  /**
   * One hash over the names and contents of `files` (relative to `dir`), in the order given.
   * Blocking reads: for thousands of small files one synchronous read each is several times faster
   * than a promise each, and nothing else is running. `given` holds digests already known from
   * memory (pages as Eleventy rendered them, the search index as Pagefind made it): not read again.
   */
  hashAll(dir: string, files: readonly string[], given: ReadonlyMap<string, string> = new Map()): string {
    const hash = createHash('sha256');
    const seen = new Map<string, { mtimeMs: number; size: number; digest: string }>();
    this.read = 0;
    for (const f of files) {
      const full = path.join(dir, f);
      const known = given.get(f);
      if (!this.remember) {
        const digest = known ?? createHash('sha256').update(readFileSync(full)).digest('hex');
        if (known === undefined) this.read++;
        hash.update(`${f}\0${digest}\0`);
        continue;
      }
      const { mtimeMs, size } = statSync(full);
      let entry = this.known.get(f);
      if (known !== undefined) entry = { mtimeMs, size, digest: known };
      else if (!entry || entry.mtimeMs !== mtimeMs || entry.size !== size) {
        entry = { mtimeMs, size, digest: createHash('sha256').update(readFileSync(full)).digest('hex') };
        this.read++;
      }
      seen.set(f, entry);
      hash.update(`${f}\0${entry.digest}\0`);
    }
    this.known = seen;
    return hash.digest('hex');
  }
}

/** The SHA-256 of a file's content, as FileDigests records it. */
export function digestOf(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}
