import { cp, rename, rm } from 'node:fs/promises';
import type { WrittenFiles } from './written-files.js';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DigimatError } from '../core/errors.js';

/** Search index failures, reported as one line like every other build error. */
export class SearchIndexError extends DigimatError {}

/** A record Pagefind indexes without a page of its own (questionnaire help). */
export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
}

export type SearchMessage = { kind: 'page'; url: string; html: string } | { kind: 'record'; record: SearchRecord } | { kind: 'seal' };

export interface SearchReply {
  errors: string[];
  /** The index's files, when the worker was started without a staging folder. */
  files?: { path: string; content: Uint8Array }[];
  /** Each written file's SHA-256, by its path in the index folder. */
  digests?: Record<string, string>;
}

/** A Pagefind index filled and written by a worker thread while the rest of the build goes on. */
export interface SearchIndex {
  addPage(url: string, html: string): void;
  addRecord(record: SearchRecord): void;
  /** Nothing more will be added: the worker writes the index to a staging folder now. */
  seal(): void;
  /** Waits for the index and moves it to `outputPath` (the site's pagefind/ folder); gives each file's digest. */
  write(outputPath: string): Promise<Map<string, string>>;
  /** Drops the index unwritten (a build that failed, or was replaced by a newer one in watch mode). */
  cancel(): Promise<void>;
}

/**
 * Starts Pagefind in a worker thread. With `written` (watch mode) the index comes back in memory and
 * only the files that differ from the last written index are written, in place. Pages are added before Eleventy renders anything, so indexing
 * and writing the index run on the second core beside rendering instead of after it.
 */
export function startSearchIndex(written?: WrittenFiles): SearchIndex {
  // The worker creates this folder only when it writes, so an index dropped earlier leaves nothing.
  const staging = path.join(tmpdir(), `digimat-search-${process.pid}-${++started}`);
  const worker = new Worker(new URL('./search-worker.js', import.meta.url), { workerData: { staging: written ? null : staging } });
  const done = new Promise<SearchReply>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`search worker stopped (exit ${code})`)));
  });
  // Nothing awaits `done` until write(); keep an early failure from being an unhandled rejection.
  done.catch(() => undefined);
  // A build that fails before write() must not be kept alive by this thread. After the listeners:
  // adding a 'message' listener refs the worker again.
  worker.unref();
  const send = (m: SearchMessage) => worker.postMessage(m);
  const index: SearchIndex = {
    addPage: (url, html) => send({ kind: 'page', url, html }),
    addRecord: (record) => send({ kind: 'record', record }),
    seal: () => send({ kind: 'seal' }),
    async write(outputPath) {
      live.delete(index);
      worker.ref();
      try {
        const { errors, files, digests } = await done;
        if (errors.length) throw new SearchIndexError(`search index: ${errors.join('; ')}`);
        if (written && files) return (await written.update(outputPath, files)).digests;
        await move(staging, outputPath);
        return new Map(Object.entries(digests ?? {}));
      } catch (cause) {
        await rm(staging, { recursive: true, force: true });
        if (cause instanceof SearchIndexError) throw cause;
        throw new SearchIndexError(`search index: ${(cause as Error).message}`, { cause });
      } finally {
        await worker.terminate();
      }
    },
    async cancel() {
      live.delete(index);
      await worker.terminate();
      await rm(staging, { recursive: true, force: true });
    },
  };
  live.add(index);
  return index;
}

let started = 0;
const live = new Set<SearchIndex>();

/** Drops every index not yet written: a failed build calls this so no worker or staging folder outlives it. */
export async function cancelSearchIndexes(): Promise<void> {
  await Promise.all([...live].map((index) => index.cancel()));
}

/** Renames a folder, copying instead when the temporary folder sits on another file system. */
async function move(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  try {
    await rename(from, to);
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'EXDEV') throw cause;
    await cp(from, to, { recursive: true });
    await rm(from, { recursive: true, force: true });
  }
}
