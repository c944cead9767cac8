import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ROOT, runDigimat } from '../helpers/run-cli.js';

// `digimat room` refuses a journal it cannot carry on from before anything listens. The real binary,
// not runCli in-process: the room command installs signal handlers for the run.
const CASES: [fixture: string, codes: string[]][] = [
  ['damaged', ['room-journal-damaged']],
  ['torn-then-closed', ['room-journal-torn', 'room-closed']],
  ['mismatch', ['room-journal-mismatch']],
];

describe('digimat room on a journal it cannot resume', () => {
  it.each(CASES)('%s: refused with the located, golden message, exit 1, the journal untouched', (fixture, codes) => {
    const dir = `test/fixtures/room-errors/${fixture}`;
    const journal = readFileSync(`${ROOT}/${dir}/taller.room.jsonl`);
    const r = runDigimat(['room', `${dir}/taller.yaml`, '--port', '0']);
    expect(r.code, r.stdout).toBe(1);
    expect(r.stderr).toBe(readFileSync(`${ROOT}/test/fixtures/room-errors/${fixture}.expected`, 'utf8'));
    expect(
      r.stderr
        .trim()
        .split('\n')
        .map((line) => /\[([a-z-]+)\]$/.exec(line)?.[1]),
    ).toEqual(codes);
    expect(readFileSync(`${ROOT}/${dir}/taller.room.jsonl`).equals(journal)).toBe(true);
  });
});
