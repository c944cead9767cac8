import { open, readFile, type FileHandle } from 'node:fs/promises';
import { existsSync } from 'node:fs';

/** What replaying a journal found: the events in order, and a torn last line if one was dropped. */
export interface JournalReplay<E> {
  events: E[];
  /**
   * The unfinished last line a crash left behind (dropped, the rest kept): its 1-based line number,
   * its text, and the byte length of the complete lines before it (where appending resumes).
   */
  torn?: { line: number; text: string; keepBytes: number };
}

/** A journal line that is damaged in the middle of the file: not a crash artefact, so never skipped. */
export class JournalCorruptError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}:1: ${message}`);
    this.name = 'JournalCorruptError';
  }
}

/**
 * Reads a journal of one JSON object per line. A last line without its newline (or that does not
 * parse) is what `kill -9` or a power cut in the middle of a write leaves: it was never acknowledged,
 * so it is dropped and reported. A bad line anywhere else means the file was damaged, and stops.
 */
export async function replayJournal<E>(file: string): Promise<JournalReplay<E>> {
  if (!existsSync(file)) return { events: [] };
  const text = await readFile(file, 'utf8');
  const lines = text.split('\n');
  // Text ending with "\n" splits into a last empty element; anything else there is an unfinished line.
  const last = lines.pop() ?? '';
  const events: E[] = [];
  let torn: JournalReplay<E>['torn'];
  if (last !== '') torn = { line: lines.length + 1, text: last, keepBytes: completeLength(text) };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    try {
      events.push(JSON.parse(line) as E);
    } catch {
      if (i === lines.length - 1 && torn === undefined) {
        torn = {
          line: i + 1,
          text: line,
          keepBytes: Buffer.byteLength(
            lines
              .slice(0, i)
              .map((l) => `${l}\n`)
              .join(''),
            'utf8',
          ),
        };
        continue;
      }
      throw new JournalCorruptError(file, i + 1, 'journal line is not JSON; the file was changed or damaged outside the room');
    }
  }
  return torn ? { events, torn } : { events };
}

interface Pending {
  text: string;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * An append-only journal. `append` resolves only once the lines are on disk (written and fsynced),
 * so a caller acknowledges nothing that a crash could lose. Appends arriving while a write is in
 * flight are gathered into the next write: one fsync covers many answers (group commit), which is
 * what keeps a room of 200 phones answering at once fast.
 */
export class Journal {
  private queue: Pending[] = [];
  private writing = false;
  private closed = false;
  private failure: unknown;

  private constructor(
    readonly file: string,
    private readonly handle: FileHandle,
  ) {}

  /**
   * Opens (or creates, private to this user) the journal for appending. When replay found a torn last
   * line, the file is first cut back to the end of the last complete line so new lines start clean.
   */
  static async open(file: string, keepBytes?: number): Promise<Journal> {
    const handle = await open(file, 'a+', 0o600);
    if (keepBytes !== undefined) {
      await handle.truncate(keepBytes);
      await handle.sync();
    }
    return new Journal(file, handle);
  }

  /** Appends events, one JSON line each; resolves once they are durable. */
  append(events: readonly unknown[]): Promise<void> {
    if (this.closed) return Promise.reject(new Error('journal closed'));
    // After a failed write the file may end in a partial line: stop accepting rather than bury it.
    if (this.failure !== undefined) return Promise.reject(this.failure);
    if (events.length === 0) return Promise.resolve();
    const text = events.map((e) => `${JSON.stringify(e)}\n`).join('');
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ text, resolve, reject });
      if (!this.writing) void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.writing = true;
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        await this.handle.write(batch.map((p) => p.text).join(''));
        await this.handle.datasync();
        for (const p of batch) p.resolve();
      } catch (error) {
        this.failure = error;
        for (const p of [...batch, ...this.queue]) p.reject(error);
        this.queue = [];
      }
    }
    this.writing = false;
  }

  /** Waits for pending writes, then closes the file. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.writing || this.queue.length > 0) await new Promise((r) => setTimeout(r, 5));
    await this.handle.close();
  }
}

/** Byte length of the complete lines of a journal's text: where a torn tail starts. */
export function completeLength(text: string): number {
  const end = text.lastIndexOf('\n');
  return end < 0 ? 0 : Buffer.byteLength(text.slice(0, end + 1), 'utf8');
}
