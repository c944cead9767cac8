import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchAssessment } from '../helpers/room-process.js';
import { ROOT, runDigimat } from '../helpers/run-cli.js';

// The few checks that need the real `digimat` process: that it starts, the exit codes a shell sees,
// and what a signal does. Everything else runs through runCli in-process (test/helpers/run-cli.ts).
describe('the digimat binary', () => {
  it('starts and prints its usage: --help exits 0, no command exits 2 with the usage', () => {
    const help = runDigimat(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: digimat \[options\] \[command\]/);
    const bare = runDigimat([]);
    expect(bare.code).toBe(2);
    expect(bare.stdout + bare.stderr).toContain('Usage: digimat');
  });

  it('exits 0 on valid content, 1 on a bad file (located, no stack), 2 on a usage mistake', () => {
    expect(runDigimat(['validate']).code).toBe(0);
    const bad = runDigimat(['validate', 'test/fixtures/errors/bad-answer.yaml']);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe(readFileSync(path.join(ROOT, 'test/fixtures/errors/bad-answer.expected'), 'utf8'));
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(runDigimat(['score', 'a.yaml', '--colour']).code).toBe(2);
  });

  it('pauses a room on SIGTERM: exit 0, the journal kept for the same command to resume', async () => {
    const file = scratchAssessment();
    // A served folder of its own, so the room does not build a site for this.
    const site = path.join(path.dirname(file), 'site');
    mkdirSync(site);
    const child = spawn(process.execPath, [path.join(ROOT, 'bin/digimat.js'), 'room', file, '--port', '0', '--site', site], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const started = Date.now();
    while (!out.includes('Journal:') && child.exitCode === null && Date.now() - started < 30_000)
      await new Promise((r) => setTimeout(r, 50));
    expect(out).toContain('Journal:');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(out).toContain('Room paused');
    expect(existsSync(file.replace(/\.yaml$/, '.room.jsonl'))).toBe(true);
  }, 60_000);
});
