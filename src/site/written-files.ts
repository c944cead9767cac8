import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The files a watch session last wrote into one folder, by digest. Pagefind names most of its files
 * after their content, so after a one-page edit nearly all of a new index is already on disk: only
 * the files that differ are written, and those the new index no longer has are removed.
 */
export class WrittenFiles {
  private last = new Map<string, string>();
  private folder: string | undefined;

  /** Makes `folder` hold exactly `files`, writing only what changed since the last call. */
  async update(
    folder: string,
    files: readonly { path: string; content: Uint8Array }[],
  ): Promise<{ written: number; removed: number; digests: Map<string, string> }> {
    // Another folder, or one removed meanwhile: nothing of it is known.
    if (folder !== this.folder || !existsSync(folder)) this.last.clear();
    // The first time, an index left by an earlier session may hold files this one does not.
    if (this.last.size === 0) await rm(folder, { recursive: true, force: true });
    this.folder = folder;
    const next = new Map<string, string>();
    let written = 0;
    for (const file of files) {
      const digest = createHash('sha256').update(file.content).digest('hex');
      next.set(file.path, digest);
      if (this.last.get(file.path) === digest) continue;
      const target = path.join(folder, file.path);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, file.content);
      written++;
    }
    const gone = [...this.last.keys()].filter((f) => !next.has(f));
    await Promise.all(gone.map((f) => rm(path.join(folder, f), { force: true })));
    this.last = next;
    return { written, removed: gone.length, digests: new Map(next) };
  }
}
