import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/node/load-content.js';
import { ROOT } from '../helpers/run-cli.js';
import { buildOnce } from '../helpers/site-build.js';
import { http, roomBase, scratchAssessment, startRoom, type RoomProcess } from '../helpers/room-process.js';
import { SimPhone, simAnswers, simKey } from '../helpers/sim-phone.js';
import path from 'node:path';

const rooms: RoomProcess[] = [];
afterAll(async () => {
  for (const r of rooms) {
    if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGTERM');
    await r.exited;
  }
});

describe('digimat room survives kill -9', () => {
  it("keeps every acknowledged answer across SIGKILL and a restart; the phones' outboxes fill in the rest, each answer once", async () => {
    const site = buildOnce();
    const content = await loadContent(path.join(ROOT, 'content'));
    const q = content.questionnaires.find((x) => x.id === 'digital-service' && x.lang === 'es')!;
    const file = scratchAssessment();
    const args = [file, '--host', '127.0.0.2', '--site', site];
    const first = await startRoom([...args, '--port', '0']);
    rooms.push(first);
    const base = roomBase(first.joinUrl);
    const phones = Array.from({ length: 12 }, (_, i) => new SimPhone(base, simKey(i + 1), q, '127.0.0.2', 2));
    await Promise.all(phones.map((p) => p.join()));
    for (const [i, phone] of phones.entries()) for (const a of simAnswers(q, i)) phone.answer(a.q, a.value);

    // Every phone sends its answers one by one, as taps; the room dies part-way through.
    let killed = false;
    const sending = phones.map(async (phone) => {
      for (const item of phone.outbox.pending()) {
        if (killed) return;
        await phone.send([item]);
      }
    });
    while (phones.reduce((n, p) => n + p.acked.length, 0) < 150) await new Promise((r) => setTimeout(r, 5));
    first.child.kill('SIGKILL');
    killed = true;
    await first.exited;
    await Promise.all(sending);
    const acked = phones.flatMap((p) => p.acked.map((a) => ({ key: p.key, ...a })));
    const total = 12 * q.questions.length;
    expect(acked.length).toBeGreaterThanOrEqual(150);
    expect(acked.length).toBeLessThan(total);

    // Simulate the worst moment too: the kill tore the journal's last line in half.
    const journal = file.replace(/\.yaml$/, '.room.jsonl');
    expect(existsSync(journal)).toBe(true);
    appendFileSync(journal, '{"t":"answer","at":"2026-11-24T00:00:00.000Z","p":"00000000000000');

    // The same command again, without --port: the journal brings back the port, so phones find it.
    const second = await startRoom(args);
    rooms.push(second);
    expect(second.port).toBe(first.port);
    expect(second.token).toBe(first.token);
    expect(second.stdout()).toMatch(/resumed from its journal/);
    expect(second.stderr()).toMatch(/room\.jsonl:\d+:1: warning: dropped an unfinished last line .*\[room-journal-torn\]/);

    const local = roomBase(second.facilitatorUrl);
    const ws = (await http('GET', `${local}/api/facilitator/workshop`)).json() as {
      participants: { key: string; answers: Record<string, Record<string, { rev: number; value: unknown }>> }[];
    };
    const held = new Map(ws.participants.map((p) => [p.key, p.answers]));
    for (const a of acked) expect(held.get(a.key)?.[a.q]?.['1']?.rev, `${a.key} ${a.q}`).toBe(a.rev);

    // Back online: each phone sends what its outbox still holds.
    for (const phone of phones) {
      const left = phone.outbox.pending();
      expect(left.length + phone.acked.length).toBe(q.questions.length);
      const r = await phone.send();
      expect(r.ok).toBe(true);
      expect(phone.outbox.pending()).toEqual([]);
    }
    const after = (await http('GET', `${local}/api/facilitator/workshop`)).json() as typeof ws;
    const state = (await http('GET', `${local}/api/facilitator/state`)).json() as { stored: number };
    expect(after.participants).toHaveLength(12);
    for (const [i, p] of after.participants.entries()) {
      const expected = Object.fromEntries(simAnswers(q, Number.parseInt(p.key, 16) - 1).map((a) => [a.q, a.value]));
      expect(Object.fromEntries(Object.entries(p.answers).map(([qid, r]) => [qid, r['1']!.value])), `participant ${i}`).toEqual(expected);
    }
    // Each answer stored once: an answer the killed room wrote but never acknowledged came back as a duplicate.
    expect(state.stored).toBe(total);
    const lines = readFileSync(journal, 'utf8')
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { t: string });
    expect(lines.filter((l) => l.t === 'answer')).toHaveLength(total);
    for (const p of phones) p.close();
  }, 180_000);
});
