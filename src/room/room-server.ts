import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createChannel, createSession, type Channel } from 'better-sse';
import type { Questionnaire } from '../core/model.js';
import { checkAnswers, checkConsensus, isParticipantKey, type SubmissionIssue } from './check-submission.js';
import { MAX_BODY_BYTES, readJsonBody, RoomRequestError, securityHeaders, sendJson } from './http-io.js';
import type { Journal } from './journal.js';
import { RateLimiter } from './rate-limit.js';
import type { OpenEvent, RoomEvent } from './room-events.js';
import { RoomState } from './room-state.js';
import { tokenMatches } from './room-token.js';
import { participantView, phaseView, progressView, workshopView } from './room-views.js';
import type { StaticSite } from './static-site.js';
import { ROOM_CSS } from './room-style.js';

/** Which listener a request came in on: the loopback one (the laptop itself) or the LAN one. */
type ListenerKind = 'local' | 'lan';

export interface RoomServerOptions {
  questionnaire: Questionnaire;
  opened: OpenEvent;
  /** Events replayed from the journal (the `open` event first). */
  replay: readonly RoomEvent[];
  journal: Journal;
  site: StaticSite;
  /** The participant/facilitator page script, bundled. */
  roomScript: string;
  /**
   * Writes the workshop assessment file; resolves to its path. `boardDocument` is the workshop as
   * the facilitator's board exports it, when the board closed the room.
   */
  writeWorkshop(state: RoomState, boardDocument?: Record<string, unknown>): Promise<string>;
  /** The company's name, for the board the room starts. */
  company: string;
  /** Called once the room is closed and its file written. */
  onClosed?(file: string): void;
  /** Called when the journal cannot be written: the room stops acknowledging. */
  onJournalFailure?(error: unknown): void;
}

const NAME_MAX = 80;
const PROGRESS_EVERY_MS = 50;

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

function short(value: unknown, what: string): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string' || value.length > NAME_MAX)
    throw new RoomRequestError(400, `${what} must be text of at most ${NAME_MAX} characters`);
  return value.trim() || undefined;
}

/**
 * The room's HTTP side: the built site's pages (with the room script), the answer API and the live
 * event streams. Every change is applied to the state and written to the journal, and acknowledged
 * only once the journal has it on disk.
 */
export class RoomServer {
  readonly state: RoomState;
  private readonly servers: { server: Server; kind: ListenerKind; host: string }[] = [];
  private readonly participantsChannel: Channel = createChannel();
  private readonly facilitatorChannel: Channel = createChannel();
  private readonly limiter = new RateLimiter();
  /** Commits still in flight, by participant/question/revision, so a resent answer waits for its original. */
  private readonly inFlight = new Map<string, Promise<void>>();
  private progressTimer: NodeJS.Timeout | undefined;
  private lastProgress = 0;
  private lastPhaseSeq = 0;
  private broken: unknown;
  private hosts = new Set<string>();
  private lanHost: string | undefined;
  port = 0;

  constructor(private readonly options: RoomServerOptions) {
    this.state = new RoomState(options.opened);
    for (const event of options.replay) {
      this.state.apply(event);
      if (event.t !== 'answer' && event.t !== 'join') this.lastPhaseSeq = this.state.seq;
    }
  }

  /** Listens on loopback, and on the LAN address when one was confirmed, on one port. */
  async listen(port: number, lanHost?: string): Promise<number> {
    let chosen = await this.listenOne('127.0.0.1', port, 'local');
    try {
      await this.listenOne('::1', chosen, 'local');
    } catch {
      /* no IPv6 loopback on this machine: 127.0.0.1 serves localhost */
    }
    if (lanHost) chosen = await this.listenOne(lanHost, chosen, 'lan');
    this.port = chosen;
    this.lanHost = lanHost;
    for (const h of ['localhost', '127.0.0.1', '[::1]', ...(lanHost ? [lanHost.includes(':') ? `[${lanHost}]` : lanHost] : [])])
      this.hosts.add(`${h}:${chosen}`);
    return chosen;
  }

  private listenOne(host: string, port: number, kind: ListenerKind): Promise<number> {
    const server = createServer((req, res) => {
      this.handle(req, res, kind).catch((error: unknown) => this.fail(res, error));
    });
    server.keepAliveTimeout = 30_000;
    // Each phone holds one event stream and posts answers; 200 phones need a few hundred sockets.
    server.maxConnections = 4096;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host, port, exclusive: true }, () => {
        server.off('error', reject);
        this.servers.push({ server, kind, host });
        resolve((server.address() as AddressInfo).port);
      });
    });
  }

  /** Stops listening and ends every event stream. */
  async close(): Promise<void> {
    if (this.progressTimer) clearTimeout(this.progressTimer);
    for (const { server } of this.servers) {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  }

  private fail(res: ServerResponse, error: unknown): void {
    if (res.headersSent) {
      res.destroy();
      return;
    }
    if (error instanceof RoomRequestError) {
      sendJson(
        res,
        error.status,
        { error: error.message, ...(error.issues ? { issues: error.issues } : {}) },
        error.status === 429 ? { 'retry-after': '1' } : {},
      );
      return;
    }
    sendJson(res, 500, { error: `the room could not handle this request: ${(error as Error).message ?? String(error)}` });
  }

  private async handle(req: IncomingMessage, res: ServerResponse, kind: ListenerKind): Promise<void> {
    // A page from another site cannot reach the room through a name it controls (DNS rebinding).
    if (!this.hosts.has(String(req.headers.host ?? '').toLowerCase())) throw new RoomRequestError(421, 'unknown host name for this room');
    const url = new URL(req.url ?? '/', 'http://room.invalid');
    const parts = url.pathname.split('/');
    // parts: ['', 'r' | 'f', token, ...rest]
    const gate = parts[1];
    const presented = parts[2];
    const opened = this.options.opened;
    let facilitator: boolean;
    if (gate === 'r' && tokenMatches(presented, opened.token)) facilitator = kind === 'local' && isLoopback(req.socket.remoteAddress);
    else if (gate === 'f' && tokenMatches(presented, opened.facilitatorToken)) facilitator = true;
    else throw new RoomRequestError(403, "this link is not valid for this room; scan the QR code on the facilitator's screen");
    const prefix = `/${gate}/${presented}`;
    const rest = parts.slice(3).join('/');
    if (rest.startsWith('api/')) {
      await this.api(req, res, rest.slice(4), url, facilitator);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new RoomRequestError(405, 'pages are read with GET');
    if (rest === '') {
      const q = this.options.questionnaire;
      res
        .writeHead(302, securityHeaders({ location: `${prefix}/${q.lang}/questionnaire/${q.id}/?workshop`, 'cache-control': 'no-store' }))
        .end();
      return;
    }
    if (rest === 'room.css') {
      res.writeHead(200, securityHeaders({ 'content-type': 'text/css; charset=utf-8', 'cache-control': 'no-store' }));
      res.end(req.method === 'HEAD' ? undefined : ROOM_CSS);
      return;
    }
    if (rest === 'room.js') {
      res.writeHead(200, securityHeaders({ 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' }));
      res.end(req.method === 'HEAD' ? undefined : this.options.roomScript);
      return;
    }
    // The room serves no service worker: phones over http:// could not use one, and on the laptop a
    // cached site must not stand between the board and the live room.
    if (rest === 'sw.js') throw new RoomRequestError(404, 'no service worker in a room');
    const last = rest.split('/').pop() ?? '';
    if (last !== '' && !last.includes('.')) {
      res.writeHead(301, securityHeaders({ location: `${prefix}/${rest}/${url.search}` })).end();
      return;
    }
    const file = await this.options.site.get(rest);
    if (!file) throw new RoomRequestError(404, 'no such page in this room');
    let body = file.body;
    let csp: Record<string, string> = {};
    if (file.type.startsWith('text/html')) {
      const html = file.body.toString('utf8');
      // The header repeats the policy the page itself declares (the board's scanner needs WebAssembly).
      const declared = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
      if (declared) csp = { 'content-security-policy': `${declared.replace(/&#x27;|&#39;/g, "'")}; frame-ancestors 'none'` };
      body = Buffer.from(
        html
          .replace('</head>', `<link rel="stylesheet" href="${prefix}/room.css"></head>`)
          .replace('</body>', `<script src="${prefix}/room.js" defer></script></body>`),
      );
    }
    res.writeHead(200, securityHeaders({ 'content-type': file.type, 'cache-control': 'no-store', ...csp }));
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  private async api(req: IncomingMessage, res: ServerResponse, route: string, url: URL, facilitator: boolean): Promise<void> {
    const q = this.options.questionnaire;
    const get = req.method === 'GET';
    const post = req.method === 'POST';
    if (get && route === 'room') {
      const host = this.lanHost ? (this.lanHost.includes(':') ? `[${this.lanHost}]` : this.lanHost) : 'localhost';
      sendJson(res, 200, {
        questionnaire: { id: q.id, version: q.version, lang: q.lang },
        anonymity: this.state.opened.anonymity,
        facilitator,
        ...(facilitator
          ? {
              company: this.options.company,
              joinUrl: `http://${host}:${this.port}/r/${this.state.opened.token}/`,
              lan: Boolean(this.lanHost),
            }
          : {}),
        ...phaseView(this.state),
      });
      return;
    }
    if (get && route === 'state') {
      const key = url.searchParams.get('p');
      if (!isParticipantKey(key)) throw new RoomRequestError(400, '`p` must be your participant key');
      sendJson(res, 200, participantView(this.state, key));
      return;
    }
    if (get && route === 'events') {
      await this.stream(req, res, 'participants');
      return;
    }
    if (post && route === 'join') {
      await this.join(res, await readJsonBody(req));
      return;
    }
    if (post && route === 'answers') {
      await this.answers(res, await readJsonBody(req));
      return;
    }
    if (route.startsWith('facilitator/')) {
      if (!facilitator)
        throw new RoomRequestError(403, "facilitator actions are taken on the facilitator's laptop (or with the facilitator link)");
      const action = route.slice('facilitator/'.length);
      if (get && action === 'state') sendJson(res, 200, progressView(this.state, q));
      else if (get && action === 'workshop') sendJson(res, 200, workshopView(this.state));
      else if (get && action === 'events') await this.stream(req, res, 'facilitator');
      else if (post) await this.facilitatorAction(res, action, await readJsonBody(req));
      else throw new RoomRequestError(404, `no facilitator action \`${action}\``);
      return;
    }
    throw new RoomRequestError(404, `no room API \`${route}\``);
  }

  private ensureWritable(): void {
    if (this.broken !== undefined) {
      throw new RoomRequestError(
        503,
        `the room cannot write its journal (${(this.broken as Error).message ?? String(this.broken)}); nothing new is stored, phones keep their answers`,
      );
    }
    if (this.state.closed) throw new RoomRequestError(410, 'the room is closed; hand in by QR code instead');
  }

  /** Applies events now (so later requests see them) and resolves once the journal holds them. */
  private commit(events: RoomEvent[]): Promise<void> {
    for (const e of events) this.state.apply(e);
    const done = this.options.journal.append(events);
    done.catch((error: unknown) => {
      if (this.broken === undefined) {
        this.broken = error;
        this.options.onJournalFailure?.(error);
      }
    });
    return done;
  }

  private async join(res: ServerResponse, body: Record<string, unknown>): Promise<void> {
    this.ensureWritable();
    const key = body.participant;
    if (!isParticipantKey(key)) throw new RoomRequestError(400, '`participant` must be your random participant key (16 hex digits)');
    const name = short(body.name, '`name`');
    const role = short(body.role, '`role`');
    const known = this.state.participants.get(key);
    if (!known || known.name !== (name ?? known.name) || known.role !== (role ?? known.role)) {
      await this.throttle(key);
      const k = `join\0${key}`;
      await this.inFlight.get(k);
      const p = this.commit([{ t: 'join', at: new Date().toISOString(), p: key, ...(name ? { name } : {}), ...(role ? { role } : {}) }]);
      this.inFlight.set(k, p);
      try {
        await p;
      } finally {
        if (this.inFlight.get(k) === p) this.inFlight.delete(k);
      }
      this.scheduleProgress();
    }
    sendJson(res, 200, participantView(this.state, key));
  }

  private async throttle(key: string): Promise<void> {
    const wait = this.limiter.reserve(key);
    if (wait === undefined) throw new RoomRequestError(429, 'too many requests from this phone; wait a moment');
    if (wait > 0) {
      await new Promise((r) => setTimeout(r, wait));
      this.limiter.done(key);
    }
  }

  private async answers(res: ServerResponse, body: Record<string, unknown>): Promise<void> {
    const key = body.participant;
    if (!isParticipantKey(key)) throw new RoomRequestError(400, '`participant` must be your random participant key (16 hex digits)');
    await this.throttle(key);
    this.ensureWritable();
    const q = this.options.questionnaire;
    const { answers, issues } = checkAnswers(q, body);
    const more: SubmissionIssue[] = [];
    answers.forEach((a, index) => {
      if (a.round === 2 && !this.state.revoted.has(a.q))
        more.push({ index, question: a.q, message: `question \`${a.q}\` has no re-vote open` });
    });
    if (issues.length + more.length > 0)
      throw new RoomRequestError(422, "nothing stored: these answers do not fit this room's questionnaire", [...issues, ...more]);
    if (!this.state.participants.has(key)) throw new RoomRequestError(409, 'join the room first');
    const at = new Date().toISOString();
    const results: { q: string; rev: number; status: string }[] = [];
    const fresh: RoomEvent[] = [];
    const waits: Promise<void>[] = [];
    const seen = new Set<string>();
    for (const a of answers) {
      const k = `${key}\0${a.q}\0${a.rev}`;
      const pending = this.inFlight.get(k);
      let status: string = seen.has(k) ? 'duplicate' : this.state.outcome(key, a);
      if (pending) {
        waits.push(pending);
        status = 'duplicate';
      }
      seen.add(k);
      results.push({ q: a.q, rev: a.rev, status });
      if (status === 'stored') fresh.push({ t: 'answer', at, p: key, ...a });
    }
    if (fresh.length > 0) {
      const p = this.commit(fresh);
      const keys = fresh.map((e) => (e.t === 'answer' ? `${key}\0${e.q}\0${e.rev}` : ''));
      for (const k of keys) this.inFlight.set(k, p);
      waits.push(
        p.finally(() => {
          for (const k of keys) if (this.inFlight.get(k) === p) this.inFlight.delete(k);
        }),
      );
    }
    await Promise.all(waits);
    if (fresh.length > 0) this.scheduleProgress();
    sendJson(res, 200, { seq: this.state.seq, results });
  }

  private async facilitatorAction(res: ServerResponse, action: string, body: Record<string, unknown>): Promise<void> {
    this.ensureWritable();
    const at = new Date().toISOString();
    const q = this.options.questionnaire;
    let event: RoomEvent;
    if (action === 'reveal') event = { t: 'reveal', at };
    else if (action === 'revote') {
      if (!q.questions.some((x) => x.id === body.q))
        throw new RoomRequestError(422, `unknown question \`${String(body.q)}\` in ${q.id} version ${q.version}`);
      event = { t: 'revote', at, q: body.q as string };
    } else if (action === 'revote-end') event = { t: 'revote-end', at };
    else if (action === 'consensus') {
      const checked = checkConsensus(q, body);
      if (!checked.consensus) throw new RoomRequestError(422, 'consensus not recorded', checked.issues);
      event = { t: 'consensus', at, ...checked.consensus };
    } else if (action === 'close') {
      await this.closeRoom(res, body.document);
      return;
    } else throw new RoomRequestError(404, `no facilitator action \`${action}\``);
    await this.commit([event]);
    this.phaseChanged(event);
    sendJson(res, 200, progressView(this.state, q));
  }

  private async closeRoom(res: ServerResponse, document: unknown): Promise<void> {
    if (this.state.closed) {
      sendJson(res, 200, { file: this.state.closed.file });
      return;
    }
    let board: Record<string, unknown> | undefined;
    if (document !== undefined) {
      if (!document || typeof document !== 'object' || Array.isArray(document))
        throw new RoomRequestError(400, '`document` must be the workshop as the board exports it');
      board = document as Record<string, unknown>;
      // Nothing the room stored may be missing from what the board writes.
      const listed = (board.workshop as { participants?: unknown } | undefined)?.participants;
      const keys = new Set(Array.isArray(listed) ? (listed as { key?: unknown }[]).map((p) => p?.key) : []);
      const missing = [...this.state.participants.values()].filter((p) => p.answers.size > 0 && !keys.has(p.key));
      if (missing.length > 0)
        throw new RoomRequestError(
          409,
          `the board has not taken in ${missing.length} participant(s) the room holds yet; wait a moment and close again`,
        );
    }
    let file: string;
    try {
      file = await this.options.writeWorkshop(this.state, board);
    } catch (error) {
      throw new RoomRequestError(500, `${(error as Error).message}; the room stays open and its journal keeps every answer`);
    }
    const event: RoomEvent = { t: 'close', at: new Date().toISOString(), file };
    await this.commit([event]);
    this.phaseChanged(event);
    sendJson(res, 200, { file });
    this.options.onClosed?.(file);
  }

  private phaseChanged(event: RoomEvent): void {
    this.lastPhaseSeq = this.state.seq;
    const id = String(this.state.seq);
    this.participantsChannel.broadcast(phaseView(this.state), 'phase', { eventId: id });
    this.facilitatorChannel.broadcast({ ...progressView(this.state, this.options.questionnaire), change: event.t }, 'progress', {
      eventId: id,
    });
  }

  /** Sends the facilitator's progress at most every PROGRESS_EVERY_MS, however fast answers arrive. */
  private scheduleProgress(): void {
    if (this.progressTimer) return;
    const wait = Math.max(0, this.lastProgress + PROGRESS_EVERY_MS - performance.now());
    this.progressTimer = setTimeout(() => {
      this.progressTimer = undefined;
      this.lastProgress = performance.now();
      this.facilitatorChannel.broadcast(progressView(this.state, this.options.questionnaire), 'progress', {
        eventId: String(this.state.seq),
      });
    }, wait);
  }

  /**
   * An event stream. A phone that reconnects with a Last-Event-ID at or after the last phase change
   * has missed nothing and gets no repeat; any other gets the current phase at once. The facilitator
   * always gets the current progress first.
   */
  private async stream(req: IncomingMessage, res: ServerResponse, audience: 'participants' | 'facilitator'): Promise<void> {
    const session = await createSession(req, res, {
      headers: securityHeaders({ 'cache-control': 'no-store' }),
      keepAlive: 15_000,
      retry: 1_000,
    });
    const id = String(this.state.seq);
    if (audience === 'facilitator') {
      session.push(progressView(this.state, this.options.questionnaire), 'progress', id);
      this.facilitatorChannel.register(session);
      return;
    }
    const last = Number(session.lastId);
    if (!(session.lastId !== '' && Number.isInteger(last) && last >= this.lastPhaseSeq && last <= this.state.seq))
      session.push(phaseView(this.state), 'phase', id);
    this.participantsChannel.register(session);
  }
}

export { MAX_BODY_BYTES };
