// A worker thread that owns the Pagefind index. Pages reach Pagefind's process from this thread's
// own event loop, so indexing goes on while the main thread is busy rendering pages.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { SearchMessage, SearchReply } from './search-index.js';

const port = parentPort!;
// Without a staging folder (watch mode) the files go back to the main thread, which writes the changed ones.
const { staging } = workerData as { staging: string | null };
const created = pagefind.createIndex({ rootSelector: 'html' });
const pending: Promise<{ errors: string[] }>[] = [];

port.on('message', async (m: SearchMessage) => {
  const { index, errors } = await created;
  if (!index) return reply({ errors: errors.length ? errors : ['Pagefind did not start'] });
  if (m.kind === 'page') pending.push(index.addHTMLFile({ url: m.url, content: m.html }));
  else if (m.kind === 'record') pending.push(index.addCustomRecord(m.record));
  else {
    // Everything is in: write the index now, into the staging folder, while the site is still rendering.
    // The files are taken in memory and written here: Pagefind's own writeFiles can answer before its
    // last file is flushed, and closing Pagefind then left that file cut short (seen in watch mode).
    try {
      const added = (await Promise.all(pending)).flatMap((r) => r.errors);
      const built = added.length ? { errors: [], files: [] } : await index.getFiles();
      if (staging === null)
        return reply({
          errors: [...errors, ...added, ...built.errors],
          files: built.files.map((f) => ({ path: f.path, content: f.content })),
        });
      // Each file's digest goes back too, so the service worker's hash need not read them again.
      const digests: Record<string, string> = {};
      for (const file of built.files) {
        const target = path.join(staging, file.path);
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, file.content);
        digests[file.path] = createHash('sha256').update(file.content).digest('hex');
      }
      reply({ errors: [...errors, ...added, ...built.errors], digests });
    } catch (cause) {
      reply({ errors: [(cause as Error).message ?? String(cause)] });
    }
  }
});

let replied = false;

/** The one answer the main thread waits for; a Pagefind that did not start would otherwise answer every message. */
async function reply(r: SearchReply): Promise<void> {
  if (replied) return;
  replied = true;
  await pagefind.close();
  port.postMessage(r);
}
