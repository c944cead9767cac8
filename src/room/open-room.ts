import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DigimatError, UsageError, ValidationError } from '../core/errors.js';
import { formatIssue, hasErrors, sortIssues, type Issue } from '../core/issue.js';
import { codeTag } from '../core/issue-codes.js';
import type { Questionnaire } from '../core/model.js';
import { loadAssessmentText } from '../model/load-assessment.js';
import type { ContentSet } from '../model/content-set.js';
import { displayPath } from '../node/display-path.js';
import { loadContent } from '../node/load-content.js';
import { readText } from '../node/read-text.js';
import { buildSite } from '../site/build-site.js';
import { isBindableHost, lanAddresses } from './lan-addresses.js';
import { Journal, JournalCorruptError, replayJournal } from './journal.js';
import type { Anonymity, OpenEvent, RoomEvent } from './room-events.js';
import { bundleRoomScript } from './room-script.js';
import { RoomServer } from './room-server.js';
import type { RoomState } from './room-state.js';
import { newToken } from './room-token.js';
import { StaticSite } from './static-site.js';
import { workshopFileFromBoard, workshopFileFromRoom, type BoardExport } from './workshop-file.js';
import { writeFileAtomic } from './write-atomic.js';

/** The port a room listens on unless told otherwise: the same every time, so phones find it again. */
export const DEFAULT_ROOM_PORT = 8740;

export interface OpenRoomOptions {
  file: string;
  content: string;
  templates: string;
  port?: number;
  host?: string;
  anonymity?: Anonymity;
  /** A site already built with `digimat build`, instead of building one for the room. */
  site?: string;
}

/** A room up and listening, with what the terminal should print about it. */
export interface OpenedRoom {
  server: RoomServer;
  questionnaire: Questionnaire;
  opened: OpenEvent;
  port: number;
  host?: string;
  journalFile: string;
  resumed: boolean;
  /** The unfinished line a crash left at the end of the journal, dropped. */
  torn?: { line: number };
  /** The board's page, when the built site has one. */
  boardPath?: string;
  /** Whether the room is waiting for the facilitator to confirm a LAN address. */
  lanCandidates: string[];
  closed: Promise<string>;
  stop(): Promise<void>;
}

/** The journal beside an assessment: `acme.yaml` keeps its room in `acme.room.jsonl`. */
export function journalPath(assessmentFile: string): string {
  return `${assessmentFile.replace(/\.ya?ml$/i, '')}.room.jsonl`;
}

async function loadWorkshopBase(
  file: string,
  content: ContentSet,
): Promise<{ text: string; questionnaire: Questionnaire; company: string; warnings: Issue[] }> {
  const text = await readText(file);
  const parsed = loadAssessmentText(text, displayPath(file), content);
  const issues = sortIssues(parsed.issues);
  if (hasErrors(issues) || !parsed.questionnaire)
    throw new ValidationError(
      issues
        .filter((i) => i.severity === 'error')
        .map(formatIssue)
        .join('\n'),
    );
  return { text, questionnaire: parsed.questionnaire, company: parsed.value?.company.name ?? '', warnings: issues };
}

/**
 * Opens (or resumes) the room of an assessment: checks the file, replays its journal, builds the
 * site's pages, and listens on loopback plus the LAN address the facilitator confirmed.
 */
export async function openRoom(options: OpenRoomOptions, warn: (line: string) => void): Promise<OpenedRoom> {
  const content = await loadContent(options.content);
  const contentErrors = content.issues.filter((i) => i.severity === 'error');
  if (contentErrors.length > 0) throw new ValidationError(sortIssues(contentErrors).map(formatIssue).join('\n'));
  const base = await loadWorkshopBase(options.file, content);
  for (const w of base.warnings) warn(formatIssue(w));
  const q = base.questionnaire;
  const journalFile = journalPath(options.file);
  const shownJournal = displayPath(journalFile);

  let replay: { events: RoomEvent[]; torn?: { line: number; keepBytes: number } };
  try {
    replay = await replayJournal<RoomEvent>(journalFile);
  } catch (error) {
    if (error instanceof JournalCorruptError)
      throw new DigimatError(
        `${displayPath(error.file)}:${error.line}:1: ${error.message.replace(/^.*?:\d+:\d+: /, '')}${codeTag('room-journal-damaged')}`,
      );
    throw error;
  }
  if (replay.torn)
    warn(
      `${shownJournal}:${replay.torn.line}:1: warning: dropped an unfinished last line left by an interrupted write (never acknowledged to a phone); every earlier line is kept${codeTag('room-journal-torn')}`,
    );
  const first = replay.events[0];
  if (first && first.t !== 'open')
    throw new DigimatError(`${shownJournal}:1:1: the journal does not start by opening a room${codeTag('room-journal-damaged')}`);
  const resumed = Boolean(first);
  const closedEvent = replay.events.find((e) => e.t === 'close');
  if (closedEvent) {
    throw new DigimatError(
      `${shownJournal}:1:1: this room was closed on ${closedEvent.at} and its result written to ${displayPath(closedEvent.file)}; move the journal away to open a new room${codeTag('room-closed')}`,
    );
  }
  if (first && (first.questionnaire.id !== q.id || first.questionnaire.version !== q.version || first.questionnaire.lang !== q.lang)) {
    throw new DigimatError(
      `${shownJournal}:1:1: the journal belongs to a room on ${first.questionnaire.id} version ${first.questionnaire.version} (${first.questionnaire.lang}), but ${displayPath(options.file)} names ${q.id} version ${q.version} (${q.lang})${codeTag('room-journal-mismatch')}`,
    );
  }

  const host = options.host ?? (first?.host || undefined);
  if (host !== undefined && !isBindableHost(host)) {
    const found = lanAddresses().map((a) => `${a.address} (${a.interface})`);
    throw new UsageError(
      `--host ${host} is not an address of this laptop; its network addresses: ${found.join(', ') || 'none (is Wi-Fi on?)'}`,
    );
  }
  const port = options.port ?? first?.port ?? DEFAULT_ROOM_PORT;

  let siteDir = options.site;
  let scratch: string | undefined;
  if (!siteDir) {
    scratch = await mkdtemp(path.join(tmpdir(), 'digimat-room-'));
    siteDir = path.join(scratch, 'site');
    // No assessments on the phones: the room publishes the questionnaire, never other clients' files.
    await buildSite({
      out: siteDir,
      content: options.content,
      assessments: path.join(scratch, 'no-assessments'),
      templates: options.templates,
      includePrivate: false,
    });
  }
  const site = new StaticSite(siteDir);
  const roomScript = await bundleRoomScript();

  let opened: OpenEvent = first ?? {
    t: 'open',
    at: new Date().toISOString(),
    token: newToken(),
    facilitatorToken: newToken(),
    questionnaire: { id: q.id, version: q.version, lang: q.lang },
    port,
    ...(host ? { host } : {}),
    anonymity: options.anonymity ?? 'facilitator',
  };
  const journal = await Journal.open(journalFile, replay.torn?.keepBytes);
  let closeResolve!: (file: string) => void;
  const closed = new Promise<string>((resolve) => (closeResolve = resolve));
  const server = new RoomServer({
    questionnaire: q,
    opened,
    replay: first ? replay.events : [opened],
    journal,
    site,
    roomScript,
    writeWorkshop: (state: RoomState, board?: Record<string, unknown>) => writeWorkshop(options.file, content, state, q, board),
    company: base.company,
    onClosed: (file) => closeResolve(file),
    onJournalFailure: (error) =>
      warn(
        `${shownJournal}: cannot write the journal (${(error as Error).message}); the room stops storing answers, phones keep theirs${codeTag('room-journal-write')}`,
      ),
  });
  let bound: number;
  try {
    bound = await server.listen(port, host);
  } catch (error) {
    await journal.close();
    await server.close();
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'EADDRINUSE'
        ? `port ${port} is in use (is the room already running?); choose another with --port`
        : code === 'EADDRNOTAVAIL'
          ? `address ${host} is not on this laptop`
          : (error as Error).message;
    throw new UsageError(`cannot open the room: ${why}`);
  }
  if (!first) {
    // The actual port (for --port 0) is journaled, so a restart listens where the phones look.
    opened = { ...opened, port: bound };
    server.state.opened = opened;
    await journal.append([opened]);
  }
  const lang = q.lang;
  const boardPath = (await site.get(`${lang}/workshop/`)) ? `${lang}/workshop/` : undefined;
  return {
    server,
    questionnaire: q,
    opened,
    port: bound,
    ...(host ? { host } : {}),
    journalFile,
    resumed,
    ...(replay.torn ? { torn: { line: replay.torn.line } } : {}),
    ...(boardPath ? { boardPath } : {}),
    lanCandidates: host ? [] : lanAddresses().map((a) => a.address),
    closed,
    stop: async () => {
      await server.close();
      await journal.close();
      if (scratch) await rm(scratch, { recursive: true, force: true });
    },
  };
}

/** Writes the workshop file from the room's state, checking it loads as a valid assessment first. */
async function writeWorkshop(
  file: string,
  content: ContentSet,
  state: RoomState,
  q: Questionnaire,
  board?: Record<string, unknown>,
): Promise<string> {
  // The file as it is now (the facilitator may have merged QR hand-ins into it meanwhile).
  const base = loadAssessmentText(await readText(file), displayPath(file), content);
  if (!base.value)
    throw new DigimatError(`${displayPath(file)} no longer loads, so it was left as it was: ${base.issues.map(formatIssue).join('; ')}`);
  const today = new Date().toISOString().slice(0, 10);
  let text: string;
  try {
    text = board
      ? workshopFileFromBoard(q, base.value, board as unknown as BoardExport, state)
      : workshopFileFromRoom(q, base.value, state, today);
  } catch (error) {
    throw new DigimatError(
      `the board's workshop could not be read (${(error as Error).message}), so ${displayPath(file)} was left as it was`,
    );
  }
  const check = loadAssessmentText(text, displayPath(file), content);
  if (hasErrors(check.issues))
    throw new DigimatError(
      `the workshop file would not be valid, so ${displayPath(file)} was left as it was: ${check.issues.map(formatIssue).join('; ')}`,
    );
  await writeFileAtomic(file, text);
  return displayPath(file);
}
