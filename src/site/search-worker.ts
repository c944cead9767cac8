// A worker thread that owns the Pagefind index. Pages reach Pagefind's process from this thread's
// own event loop, so indexing goes on while the main thread is busy rendering pages.
import { mkdir } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';
import type { SearchMessage, SearchReply } from './search-index.js';

const port = parentPort!;
const { staging } = workerData as { staging: string };
const created = pagefind.createIndex({ rootSelector: 'html' });
const pending: Promise<{ errors: string[] }>[] = [];

port.on('message', async (m: SearchMessage) => {
  const { index, errors } = await created;
  if (!index) return reply({ errors: errors.length ? errors : ['Pagefind did not start'] });
  if (m.kind === 'page') pending.push(index.addHTMLFile({ url: m.url, content: m.html }));
  else if (m.kind === 'record') pending.push(index.addCustomRecord(m.record));
  else {
    // Everything is in: write the index now, into the staging folder, while the site is still rendering.
    try {
      const added = (await Promise.all(pending)).flatMap((r) => r.errors);
      if (!added.length) await mkdir(staging, { recursive: true });
      const written = added.length ? { errors: [] } : await index.writeFiles({ outputPath: staging });
      reply({ errors: [...errors, ...added, ...written.errors] });
    } catch (cause) {
      reply({ errors: [(cause as Error).message ?? String(cause)] });
    }
  }
});

async function reply(r: SearchReply): Promise<void> {
  await pagefind.close();
  port.postMessage(r);
}
