import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Journal, JournalCorruptError, replayJournal } from '../../src/room/journal.js';

function scratch(): string {
  return path.join(mkdtempSync(path.join(tmpdir(), 'digimat-journal-')), 'room.jsonl');
}

describe('room journal', () => {
  it('appends one JSON line per event, in order, with every concurrent append on disk when it resolves', async () => {
    const file = scratch();
    const journal = await Journal.open(file);
    const appends = Array.from({ length: 200 }, (_, i) => journal.append([{ t: 'answer', n: i }]));
    // Each promise resolves only once its line is in the file.
    await appends[0];
    expect(readFileSync(file, 'utf8')).toContain('{"t":"answer","n":0}\n');
    await Promise.all(appends);
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(200);
    expect(lines.map((l) => (JSON.parse(l) as { n: number }).n)).toEqual(Array.from({ length: 200 }, (_, i) => i));
    await journal.close();
    expect((await replayJournal(file)).events).toHaveLength(200);
  });

  it('drops an unfinished last line (kill -9 mid-write), keeps the rest, says so, and appends cleanly after it', async () => {
    const file = scratch();
    writeFileSync(file, '{"t":"open"}\n{"t":"answer","q":"a"}\n{"t":"answer","q":"b","va');
    const replay = await replayJournal<{ t: string; q?: string }>(file);
    expect(replay.events.map((e) => e.q ?? e.t)).toEqual(['open', 'a']);
    expect(replay.torn).toMatchObject({ line: 3, text: '{"t":"answer","q":"b","va' });
    const journal = await Journal.open(file, replay.torn!.keepBytes);
    await journal.append([{ t: 'answer', q: 'c' }]);
    await journal.close();
    expect(readFileSync(file, 'utf8')).toBe('{"t":"open"}\n{"t":"answer","q":"a"}\n{"t":"answer","q":"c"}\n');
    expect((await replayJournal(file)).torn).toBeUndefined();
  });

  it('treats a complete-looking last line without its newline as unfinished too', async () => {
    const file = scratch();
    writeFileSync(file, '{"t":"open"}\n{"t":"answer","q":"a"}');
    const replay = await replayJournal<{ t: string }>(file);
    expect(replay.events).toHaveLength(1);
    expect(replay.torn?.line).toBe(2);
  });

  it('stops on a damaged line in the middle rather than skipping it', async () => {
    const file = scratch();
    writeFileSync(file, '{"t":"open"}\nnot json\n{"t":"answer"}\n');
    await expect(replayJournal(file)).rejects.toThrow(JournalCorruptError);
    await expect(replayJournal(file)).rejects.toThrow(/:2:1: journal line is not JSON/);
  });

  it('replays a missing journal as empty', async () => {
    expect(await replayJournal(scratch())).toEqual({ events: [] });
  });

  it('rejects every later append once a write failed, so no line lands after a partial one', async () => {
    const file = scratch();
    appendFileSync(file, '');
    const journal = await Journal.open(file);
    // Closing the handle under it makes the next write fail as a full disk would.
    await (journal as unknown as { handle: { close(): Promise<void> } }).handle.close();
    await expect(journal.append([{ t: 'x' }])).rejects.toThrow();
    await expect(journal.append([{ t: 'y' }])).rejects.toThrow();
  });
});
