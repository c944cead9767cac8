import { Agent, request } from 'node:http';
import type { Questionnaire } from '../../src/core/model.js';
import { Outbox, type OutgoingAnswer } from '../../src/browser/room-outbox.js';

/** localStorage's interface over a Map, for phones simulated in Node. */
export class MemoryStorage implements Storage {
  private readonly map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.map.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  setItem(key: string, value: string): void {
    this.map.set(key, value);
  }
}

function post(agent: Agent, url: string, body: unknown, from?: string): Promise<{ status: number; json: any }> {
  const u = new URL(url);
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        method: 'POST',
        host: u.hostname,
        port: u.port,
        path: u.pathname,
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
        ...(from ? { localAddress: from } : {}),
      },
      (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (data += d));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, json: JSON.parse(data || '{}') });
          } catch (error) {
            reject(error);
          }
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(text);
  });
}

/**
 * A phone in the room as the page script behaves: the same Outbox class (over an in-memory
 * storage), joining first, sending what is pending and keeping whatever was not acknowledged.
 */
export class SimPhone {
  readonly storage = new MemoryStorage();
  readonly outbox: Outbox;
  /** Every (question, revision) the room acknowledged to this phone. */
  readonly acked: { q: string; rev: number; at: number }[] = [];
  private readonly agent: Agent;

  constructor(
    private readonly base: string,
    readonly key: string,
    private readonly q: Questionnaire,
    private readonly from?: string,
    maxSockets = 6,
  ) {
    this.outbox = new Outbox(this.storage, 'digimat:room:test', key);
    this.agent = new Agent({ keepAlive: true, maxSockets });
  }

  async join(): Promise<void> {
    const r = await post(this.agent, `${this.base}/api/join`, { participant: this.key }, this.from);
    if (r.status !== 200) throw new Error(`join ${r.status}`);
    this.outbox.data.joined = true;
    this.outbox.save();
  }

  /** Records one answer in the outbox (a tap on the phone). */
  answer(qid: string, value: string | string[], round = 1): void {
    this.outbox.record(qid, { value }, round);
  }

  /** Sends the given answers (default: everything pending) in one request; returns false if the room could not be reached. */
  async send(batch: OutgoingAnswer[] = this.outbox.pending()): Promise<{ ok: boolean; ms: number; seq?: number }> {
    if (batch.length === 0) return { ok: true, ms: 0 };
    const t0 = performance.now();
    try {
      const r = await post(
        this.agent,
        `${this.base}/api/answers`,
        { participant: this.key, questionnaire: { id: this.q.id, version: this.q.version }, answers: batch },
        this.from,
      );
      const ms = performance.now() - t0;
      if (r.status !== 200) return { ok: false, ms };
      for (const res of r.json.results as { q: string; rev: number }[]) {
        this.outbox.confirm(res.q, res.rev);
        this.acked.push({ q: res.q, rev: res.rev, at: performance.now() });
      }
      return { ok: true, ms, seq: r.json.seq as number };
    } catch {
      return { ok: false, ms: performance.now() - t0 };
    }
  }

  close(): void {
    this.agent.destroy();
  }
}

/** 16 hex digits, like a phone's workshop key, from a number. */
export function simKey(n: number): string {
  return n.toString(16).padStart(16, '0');
}

/** An answer for every question: a valid option chosen by participant and question (deterministic). */
export function simAnswers(q: Questionnaire, participant: number): { q: string; value: string | string[] }[] {
  return q.questions.map((question, i) => {
    const options = question.options;
    const pick = options[(participant * 7 + i * 3) % options.length]!.id;
    return { q: question.id, value: question.kind === 'multiple' ? [pick] : pick };
  });
}
