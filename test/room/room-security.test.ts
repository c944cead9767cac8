import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../helpers/site-build.js';
import { CURRENT_VERSION, http, roomBase, scratchAssessment, startRoom, type RoomProcess } from '../helpers/room-process.js';

// A real room process on loopback; 127.0.0.2 plays the laptop's LAN address, where phones connect.
let room: RoomProcess;
let lan: string; // http://127.0.0.2:port/r/<token>
let local: string; // http://localhost:port/r/<token>
const Q = { id: 'digital-service', version: CURRENT_VERSION };
const KEY = '0123456789abcdef';

beforeAll(async () => {
  const site = buildOnce();
  room = await startRoom([scratchAssessment(), '--port', '0', '--host', '127.0.0.2', '--site', site]);
  lan = roomBase(room.joinUrl);
  local = roomBase(room.facilitatorUrl);
  const joined = await http('POST', `${lan}/api/join`, { json: { participant: KEY }, from: '127.0.0.2' });
  expect(joined.status).toBe(200);
}, 120_000);

afterAll(async () => {
  room?.child.kill('SIGTERM');
  await room?.exited;
});

async function storedCount(): Promise<number> {
  const r = await http('GET', `${local}/api/facilitator/state`);
  expect(r.status).toBe(200);
  return r.json().stored as number;
}

describe('digimat room: who gets in', () => {
  it('prints a join URL on the confirmed LAN address carrying a token of at least 128 bits', () => {
    expect(room.joinUrl).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/r\/[A-Za-z0-9_-]+\/$/);
    expect(Buffer.from(room.token, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(room.facilitatorUrl).toMatch(/^http:\/\/localhost:\d+\/r\//);
    expect(room.stdout()).not.toMatch(/\.local\b/);
  });

  it('refuses requests without the token, and with a wrong one', async () => {
    const origin = `http://127.0.0.2:${room.port}`;
    for (const path of [
      '/',
      '/es/questionnaire/digital-service/',
      '/api/answers',
      '/r/',
      `/r/${room.token.slice(0, -2)}xx/`,
      `/r/${room.token}x/`,
    ]) {
      const r = await http('GET', `${origin}${path}`, { from: '127.0.0.2' });
      expect(r.status, path).toBe(403);
      expect(r.text).not.toContain(room.token);
    }
    const post = await http('POST', `${origin}/r/wrong-token-wrong-token/api/answers`, {
      json: { participant: KEY, questionnaire: Q, answers: [{ q: 'website', rev: 1, value: 'none' }] },
      from: '127.0.0.2',
    });
    expect(post.status).toBe(403);
  });

  it('serves the site with the token, landing on the questionnaire in workshop mode', async () => {
    const r = await http('GET', `${lan}/`, { from: '127.0.0.2' });
    expect(r.status).toBe(302);
    expect(r.headers.location).toBe(`/r/${room.token}/es/questionnaire/digital-service/?workshop`);
    const page = await http('GET', `${lan}/es/questionnaire/digital-service/`, { from: '127.0.0.2' });
    expect(page.status).toBe(200);
    expect(page.text).toContain(`<script src="/r/${room.token}/room.js" defer></script>`);
  });

  it('refuses a host name it was not started with (no DNS rebinding)', async () => {
    const r = await http('GET', `${lan}/`, { from: '127.0.0.2', headers: { host: `evil.example:${room.port}` } });
    expect(r.status).toBe(421);
  });

  it('takes facilitator actions only on loopback, or with the facilitator token', async () => {
    const fromLan = await http('GET', `${lan}/api/facilitator/state`, { from: '127.0.0.2' });
    expect(fromLan.status).toBe(403);
    expect(fromLan.json().error).toMatch(/facilitator/);
    const reveal = await http('POST', `${lan}/api/facilitator/reveal`, { json: {}, from: '127.0.0.2' });
    expect(reveal.status).toBe(403);
    expect((await http('GET', `${local}/api/facilitator/state`)).json().revealed).toBe(false);
    const onLoopback = await http('GET', `${local}/api/facilitator/state`);
    expect(onLoopback.status).toBe(200);
    const tablet = await http('GET', `${roomBase(room.tabletUrl!)}/api/facilitator/state`, { from: '127.0.0.2' });
    expect(tablet.status).toBe(200);
  });

  it('puts a strict Content-Security-Policy on every response', async () => {
    for (const [url, from] of [
      [`${lan}/es/questionnaire/digital-service/`, '127.0.0.2'],
      [`${lan}/api/room`, '127.0.0.2'],
      [`http://127.0.0.2:${room.port}/nothing`, '127.0.0.2'],
      [`${local}/es/workshop/`, '127.0.0.1'],
    ] as const) {
      const r = await http('GET', url, { from });
      const csp = String(r.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).toContain("connect-src 'self'");
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).not.toMatch(/unsafe-inline|https?:/);
      expect(r.headers['referrer-policy']).toBe('no-referrer');
    }
  });
});

describe('digimat room: what is stored', () => {
  it('stores a valid answer and says so', async () => {
    const before = await storedCount();
    const r = await http('POST', `${lan}/api/answers`, {
      json: { participant: KEY, questionnaire: Q, answers: [{ q: 'website', rev: 1, value: 'social-only' }] },
      from: '127.0.0.2',
    });
    expect(r.status).toBe(200);
    expect(r.json().results).toEqual([{ q: 'website', rev: 1, status: 'stored' }]);
    expect(await storedCount()).toBe(before + 1);
    const again = await http('POST', `${lan}/api/answers`, {
      json: { participant: KEY, questionnaire: Q, answers: [{ q: 'website', rev: 1, value: 'social-only' }] },
      from: '127.0.0.2',
    });
    expect(again.json().results).toEqual([{ q: 'website', rev: 1, status: 'duplicate' }]);
    expect(await storedCount()).toBe(before + 1);
  });

  it('refuses answers for another questionnaire or version, storing nothing', async () => {
    const before = await storedCount();
    for (const questionnaire of [
      { id: 'other-questionnaire', version: 1 },
      { id: 'digital-service', version: CURRENT_VERSION + 1 },
      undefined,
    ]) {
      const r = await http('POST', `${lan}/api/answers`, {
        json: { participant: KEY, questionnaire, answers: [{ q: 'website', rev: 5, value: 'none' }] },
        from: '127.0.0.2',
      });
      expect(r.status).toBe(422);
      expect(r.json().issues[0].message).toMatch(new RegExp(`this room runs digital-service version ${CURRENT_VERSION}`));
    }
    expect(await storedCount()).toBe(before);
  });

  it('refuses a batch with unknown questions or options, naming every problem and storing none of it', async () => {
    const before = await storedCount();
    const r = await http('POST', `${lan}/api/answers`, {
      json: {
        participant: KEY,
        questionnaire: Q,
        answers: [
          { q: 'listings', rev: 1, value: ['maps'] },
          { q: 'no-such-question', rev: 1, value: '1' },
          { q: 'website', rev: 2, value: 'a-website-option-that-does-not-exist' },
          { q: 'consistent-details', rev: 1, na: true },
        ],
      },
      from: '127.0.0.2',
    });
    expect(r.status).toBe(422);
    const issues = r.json().issues as { index: number; message: string }[];
    expect(issues.map((i) => i.index)).toEqual([1, 2, 3]);
    expect(issues[0]!.message).toMatch(/unknown question `no-such-question`/);
    expect(issues[1]!.message).toMatch(/has no option `a-website-option-that-does-not-exist`/);
    expect(issues[2]!.message).toMatch(/does not allow "not applicable"/);
    expect(await storedCount()).toBe(before);
  });

  it('refuses malformed JSON and bodies that are not JSON', async () => {
    const bad = await http('POST', `${lan}/api/answers`, {
      body: '{"participant": "0123',
      headers: { 'content-type': 'application/json' },
      from: '127.0.0.2',
    });
    expect(bad.status).toBe(400);
    expect(bad.json().error).toMatch(/not valid JSON/);
    const list = await http('POST', `${lan}/api/answers`, {
      body: '[1,2]',
      headers: { 'content-type': 'application/json' },
      from: '127.0.0.2',
    });
    expect(list.status).toBe(400);
    const form = await http('POST', `${lan}/api/answers`, {
      body: 'a=1',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      from: '127.0.0.2',
    });
    expect(form.status).toBe(415);
  });

  it('refuses a body over 64 KB, storing nothing', async () => {
    const before = await storedCount();
    const answers = [{ q: 'website', rev: 9, value: 'social-only', note: 'x'.repeat(70 * 1024) }];
    const r = await http('POST', `${lan}/api/answers`, { json: { participant: KEY, questionnaire: Q, answers }, from: '127.0.0.2' });
    expect(r.status).toBe(413);
    // Without a Content-Length the cap is counted as the body streams in.
    const chunked = await http('POST', `${lan}/api/answers`, {
      body: Buffer.alloc(80 * 1024, 32),
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      from: '127.0.0.2',
    }).catch(() => ({ status: 413 }));
    expect(chunked.status).toBe(413);
    expect(await storedCount()).toBe(before);
  });

  it('slows a phone that sends too fast without slowing anyone else', async () => {
    const fast = 'fedcba9876543210';
    await http('POST', `${lan}/api/join`, { json: { participant: fast }, from: '127.0.0.2' });
    const flood = Array.from({ length: 90 }, (_, i) =>
      http('POST', `${lan}/api/answers`, {
        json: { participant: fast, questionnaire: Q, answers: [{ q: 'search-visibility', rev: i + 1, value: String(i % 5) }] },
        from: '127.0.0.2',
      }),
    );
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    const other = await http('POST', `${lan}/api/answers`, {
      json: { participant: KEY, questionnaire: Q, answers: [{ q: 'search-visibility', rev: 1, value: '2' }] },
      from: '127.0.0.2',
    });
    const otherMs = performance.now() - t0;
    const started = performance.now();
    const replies = await Promise.all(flood);
    const floodMs = performance.now() - started;
    expect(other.status).toBe(200);
    // 90 requests against a burst of 60 and 20 a second: the last ones wait about 1.5 s.
    expect(replies.every((r) => r.status === 200)).toBe(true);
    expect(floodMs).toBeGreaterThan(1000);
    expect(otherMs).toBeLessThan(floodMs / 2);
  });
});

/** The first named event a stream sends within `ms`, or undefined; `lastId` resumes like a reconnecting EventSource. */
function firstEvent(url: string, lastId?: string, ms = 1500): Promise<{ id: string; event: string; data: string } | undefined> {
  const u = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        localAddress: '127.0.0.2',
        headers: { accept: 'text/event-stream', ...(lastId ? { 'last-event-id': lastId } : {}) },
        agent: false,
      },
      (res) => {
        let buffer = '';
        const timer = setTimeout(() => {
          req.destroy();
          resolve(undefined);
        }, ms);
        res.setEncoding('utf8');
        res.on('data', (d: string) => {
          buffer += d;
          for (const block of buffer.split('\n\n').slice(0, -1)) {
            const event = /^event: ?(.*)$/m.exec(block)?.[1];
            if (!event) continue;
            clearTimeout(timer);
            req.destroy();
            resolve({ id: /^id: ?(.*)$/m.exec(block)?.[1] ?? '', event, data: /^data: ?(.*)$/m.exec(block)?.[1] ?? '' });
            return;
          }
        });
      },
    );
    req.on('error', (e) => ((e as NodeJS.ErrnoException).code === 'ECONNRESET' ? undefined : reject(e)));
    req.end();
  });
}

describe('digimat room: live event streams', () => {
  it('gives a new phone the phase at once, gives a reconnecting phone that missed nothing no repeat, and a phone that missed a change the new phase', async () => {
    const fresh = await firstEvent(`${lan}/api/events`);
    expect(fresh?.event).toBe('phase');
    expect(JSON.parse(fresh!.data)).toMatchObject({ revealed: false, closed: false });
    expect(await firstEvent(`${lan}/api/events`, fresh!.id)).toBeUndefined();
    const r = await http('POST', `${local}/api/facilitator/reveal`, { json: {} });
    expect(r.status).toBe(200);
    const missed = await firstEvent(`${lan}/api/events`, fresh!.id);
    expect(missed?.event).toBe('phase');
    expect(JSON.parse(missed!.data)).toMatchObject({ revealed: true });
    expect(Number(missed!.id)).toBeGreaterThan(Number(fresh!.id));
  });

  it('refuses the facilitator stream to a phone', async () => {
    const r = await http('GET', `${lan}/api/facilitator/events`, { from: '127.0.0.2' });
    expect(r.status).toBe(403);
  });
});
