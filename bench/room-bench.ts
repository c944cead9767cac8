// Room benchmark: P simulated phones join a real `digimat room` process on loopback and send every
// answer at once, while every phone and the facilitator listen on the room's event streams. By default
// each phone sends as the page script does (its whole outbox per request, one request at a time);
// with --each every answer is its own POST, at most 6 connections per phone as a browser allows.
// Usage: npm run bench:room -- --participants 200 [--each]
import { request, type IncomingMessage } from 'node:http';
import { copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadContent } from '../src/node/load-content.js';
import { ROOT } from '../test/helpers/run-cli.js';
import { http, roomBase, startRoom } from '../test/helpers/room-process.js';
import { SimPhone, simAnswers, simKey } from '../test/helpers/sim-phone.js';

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

/** Opens an event stream and calls back with each event's id, name and arrival time. */
function listen(url: string, onEvent: (id: number, name: string, at: number) => void): Promise<IncomingMessage> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: u.hostname, port: u.port, path: u.pathname, headers: { accept: 'text/event-stream' }, agent: false },
      (res) => {
        let buffer = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const id = /^id: ?(.*)$/m.exec(block)?.[1];
            const name = /^event: ?(.*)$/m.exec(block)?.[1] ?? 'message';
            if (id !== undefined) onEvent(Number(id), name, performance.now());
          }
        });
        resolve(res);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

const participants = arg('participants', 50);
const mode = process.argv.includes('--each') ? 'each' : 'outbox';
const dir = mkdtempSync(path.join(os.tmpdir(), 'digimat-room-bench-'));
const file = path.join(dir, 'bench.yaml');
copyFileSync(path.join(ROOT, 'assessments/panaderia-la-espiga.yaml'), file);
// The API alone is measured: an empty site folder, no pages to build.
mkdirSync(path.join(dir, 'site'));
const content = await loadContent(path.join(ROOT, 'content'));
const q = content.questionnaires.find((x) => x.id === 'digital-service' && x.lang === 'es')!;

console.log(
  `digimat room benchmark — ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}; load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
const room = await startRoom([file, '--port', '0', '--site', path.join(dir, 'site')]);
const base = roomBase(room.joinUrl);
try {
  // The facilitator's stream: when did the board learn of each stored answer?
  const progress: { seq: number; at: number }[] = [];
  const streams = [await listen(`${base}/api/facilitator/events`, (id, name, at) => name === 'progress' && progress.push({ seq: id, at }))];
  const phones = Array.from({ length: participants }, (_, i) => new SimPhone(base, simKey(i + 1), q));
  await Promise.all(phones.map((p) => p.join()));
  for (const _ of phones) streams.push(await listen(`${base}/api/events`, () => undefined));
  for (const [i, phone] of phones.entries()) for (const a of simAnswers(q, i)) phone.answer(a.q, a.value);

  const acks: number[] = [];
  const updates: { sent: number; seq: number }[] = [];
  let sent = 0;
  let failed = 0;
  const started = performance.now();
  // `outbox` (default) sends as the page script does: one request in flight per phone carrying all
  // it holds; `each` sends every answer as its own request, six at a time per phone.
  const batches = phones.flatMap((phone) =>
    mode === 'each' ? phone.outbox.pending().map((item) => ({ phone, items: [item] })) : [{ phone, items: phone.outbox.pending() }],
  );
  await Promise.all(
    batches.map(async ({ phone, items }) => {
      sent += items.length;
      const t0 = performance.now();
      const r = await phone.send(items);
      if (!r.ok || r.seq === undefined) {
        failed += items.length;
        return;
      }
      for (const _ of items) {
        acks.push(r.ms);
        updates.push({ sent: t0, seq: r.seq });
      }
    }),
  );
  const wall = performance.now() - started;
  await new Promise((r) => setTimeout(r, 300));
  const updateMs = updates.map((u) => (progress.find((p) => p.seq >= u.seq)?.at ?? Number.POSITIVE_INFINITY) - u.sent);
  const state = (await http('GET', `${roomBase(room.facilitatorUrl)}/api/facilitator/state`)).json() as { stored: number };
  const lost = sent - state.stored;
  console.log(
    `mode ${mode}: all answers sent in ${(wall / 1000).toFixed(2)} s; ${failed} answers not acknowledged; ${streams.length} event streams open`,
  );
  console.log(
    `room: ${participants} participants, ${sent} answers sent, ${state.stored} stored, ${lost} lost, p95 ack ${p95(acks).toFixed(0)} ms, p95 update ${p95(updateMs).toFixed(0)} ms`,
  );
  for (const s of streams) s.destroy();
  for (const p of phones) p.close();
} finally {
  room.child.kill('SIGTERM');
  await room.exited;
}
