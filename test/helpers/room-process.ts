import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ROOT } from './run-cli.js';

const BIN = path.join(ROOT, 'bin/digimat.js');

/** A `digimat room` process started as a facilitator would, with what it printed. */
export interface RoomProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  joinUrl: string;
  facilitatorUrl: string;
  tabletUrl?: string;
  token: string;
  facilitatorToken?: string;
  port: number;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
}

/** A copy of a bundled assessment in a fresh temporary folder (the room writes its journal beside it). */
/** The bundled questionnaire's current version, which a room accepts answers for. */
export const CURRENT_VERSION = (
  parseYaml(readFileSync(path.join(ROOT, 'content/questionnaires/digital-service.es.yaml'), 'utf8')) as { version: number }
).version;

export function scratchAssessment(name = 'panaderia-la-espiga.yaml'): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'digimat-room-test-'));
  const file = path.join(dir, 'taller.yaml');
  copyFileSync(path.join(ROOT, 'assessments', name), file);
  return file;
}

/** Starts the real CLI's room on loopback (and 127.0.0.2 as its "LAN" address) and waits for its links. */
export async function startRoom(args: string[]): Promise<RoomProcess> {
  const child = spawn(process.execPath, [BIN, 'room', ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const started = Date.now();
  while (!/Facilitator \(this laptop\): (\S+)/.test(out)) {
    if (child.exitCode !== null) throw new Error(`room exited ${child.exitCode}: ${err}`);
    if (Date.now() - started > 60_000) throw new Error(`room did not start: ${out}\n${err}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const facilitatorUrl = /Facilitator \(this laptop\): (\S+)/.exec(out)![1]!;
  const joinUrl = (/Join the room \(scan, or type the address\): (\S+)/.exec(out) ?? /Join on this laptop: (\S+)/.exec(out))![1]!;
  const tabletUrl = /Facilitator on a tablet \(keep private\): (\S+)/.exec(out)?.[1];
  const token = /\/r\/([^/]+)\//.exec(joinUrl)![1]!;
  const port = Number(new URL(joinUrl).port);
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    joinUrl,
    facilitatorUrl,
    ...(tabletUrl ? { tabletUrl, facilitatorToken: /\/f\/([^/]+)\//.exec(tabletUrl)![1]! } : {}),
    token,
    port,
    exited,
  };
}

export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
  json(): any;
}

/** One HTTP request over loopback, from a chosen local address (127.0.0.2 plays a phone on the LAN). */
export function http(
  method: string,
  url: string,
  options: { body?: string | Buffer; json?: unknown; from?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const u = new URL(url);
  const body = options.json !== undefined ? JSON.stringify(options.json) : options.body;
  const headers: Record<string, string> = {
    ...(options.json !== undefined ? { 'content-type': 'application/json' } : {}),
    ...options.headers,
  };
  return new Promise((resolve, reject) => {
    const req = request(
      {
        method,
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        headers,
        ...(options.from ? { localAddress: options.from } : {}),
        agent: false,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) }));
      },
    );
    req.on('error', reject);
    if (body !== undefined) req.end(body);
    else req.end();
  });
}

/** The room's base (`http://host:port/r/<token>`) from a printed URL. */
export function roomBase(url: string): string {
  const u = new URL(url);
  const m = /^\/(r|f)\/([^/]+)/.exec(u.pathname)!;
  return `${u.protocol}//${u.host}${m[0]}`;
}
