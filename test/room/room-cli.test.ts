import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDigimat } from '../helpers/run-cli.js';
import { CURRENT_VERSION, scratchAssessment } from '../helpers/room-process.js';

describe('digimat room: refusals before anything listens', () => {
  it('refuses a --host that is not an address of this machine, listing its addresses', () => {
    const r = runDigimat(['room', scratchAssessment(), '--host', '203.0.113.7', '--site', '/nonexistent']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--host 203\.0\.113\.7 is not an address of this laptop/);
    expect(r.stderr).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses a --wifi value without a network name', () => {
    const r = runDigimat(['room', scratchAssessment(), '--wifi', 'nocolon']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--wifi expects SSID:PASSWORD/);
  });

  it('reports a broken assessment as path:line:col and opens no room', () => {
    const file = scratchAssessment();
    writeFileSync(
      file,
      `questionnaire: { id: digital-service, version: ${CURRENT_VERSION}, lang: es }\ncompany: { name: X, sector: y, employees: 1, location: z }\ndate: "2026-01-01"\nassessor: a\nanswers:\n  website: not-an-option\n`,
    );
    const r = runDigimat(['room', file, '--port', '0']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/taller\.yaml:6:12: question `website` has no option `not-an-option`.*\[bad-answer\]/);
  });

  it('refuses a damaged journal with its line, and a closed room, keeping both files', () => {
    const file = scratchAssessment();
    const journal = file.replace(/\.yaml$/, '.room.jsonl');
    writeFileSync(journal, '{"t":"open"}\nnot json\n{"t":"reveal"}\n');
    const damaged = runDigimat(['room', file, '--port', '0']);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(
      new RegExp(`${path.basename(journal).replace('.', '\\.')}:2:1: journal line is not JSON.*\\[room-journal-damaged\\]`),
    );
    writeFileSync(
      journal,
      `${JSON.stringify({ t: 'open', at: 'x', token: 'a'.repeat(22), facilitatorToken: 'b'.repeat(22), questionnaire: { id: 'digital-service', version: CURRENT_VERSION, lang: 'es' }, port: 0, anonymity: 'facilitator' })}\n${JSON.stringify({ t: 'close', at: '2026-11-24T10:00:00Z', file: 'taller.yaml' })}\n`,
    );
    const closed = runDigimat(['room', file, '--port', '0']);
    expect(closed.code).toBe(1);
    expect(closed.stderr).toMatch(/this room was closed on 2026-11-24T10:00:00Z .*\[room-closed\]/);
  });
});
