import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run-cli.js';

/** `npm start` as an author runs it (`digimat serve`: Eleventy serving and watching), on copies of the content to edit. */
function startServing(dir: string): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'bin/digimat.js'),
      'serve',
      '--port',
      '0',
      '--content',
      path.join(dir, 'content'),
      '--assessments',
      path.join(dir, 'assessments'),
      '--out',
      path.join(dir, '_site'),
    ],
    {
      cwd: ROOT,
    },
  );
  child.stdout!.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
  return { child, output: () => output };
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 150_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const got = await probe();
    if (got !== undefined) return got;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 300));
  }
}

async function title(url: string): Promise<string | undefined> {
  const res = await fetch(url).catch(() => undefined);
  if (!res?.ok) return undefined;
  return /<title>([^<]*)<\/title>/.exec(await res.text())?.[1];
}

describe("npm start (digimat serve: Eleventy's watch and dev server with the digimat plugin)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'digimat-serve-'));
  for (const d of ['content', 'assessments']) cpSync(path.join(ROOT, d), path.join(dir, d), { recursive: true });
  const served = startServing(dir);
  afterAll(() => {
    served.child.kill();
  });

  it('prints the validator lines for a broken private assessment, keeps the last good site, and recovers on the fix', async () => {
    const port = await waitFor('the server', () => /Server at http:\/\/localhost:(\d+)\//.exec(served.output())?.[1]);
    const page = `http://localhost:${port}/es/course/sales/easy-purchase/`;
    const before = await waitFor('the course page', () => title(page));

    const assessment = path.join(dir, 'assessments/suministros-norte.yaml'); // publish: false
    const good = readFileSync(assessment, 'utf8');
    expect(good).toMatch(/^publish: false$/m);
    const mark = served.output().length;
    writeFileSync(assessment, good.replace(/^date: .*$/m, 'date: "2026-02-30"'));
    const report = await waitFor('the validation report', () => {
      const since = served.output().slice(mark);
      return /still serving the last good site\n/.test(since) ? since : undefined;
    });
    expect(report).toContain(`${assessment}:9:7: \`date\` 2026-02-30 is not a real day: February 2026 has 28 days, not 30 [bad-date]\n`);
    expect(report).not.toMatch(/\n\s+at |stack trace|Problem writing Eleventy templates/);
    // Still served, and still the same page.
    expect(await title(page)).toBe(before);

    // The author fixes the file and edits a course page: both show without restarting.
    const course = path.join(dir, 'content/course/es/sales/easy-purchase.md');
    writeFileSync(course, readFileSync(course, 'utf8').replace(/^title: .*$/m, 'title: Comprar sin tropiezos'));
    writeFileSync(assessment, good);
    await waitFor('the recovery message', () => (/content fixed, site rebuilt/.test(served.output().slice(mark)) ? true : undefined));
    expect(
      await waitFor('the edited course page', async () => ((await title(page))?.startsWith('Comprar sin tropiezos') ? true : undefined)),
    ).toBe(true);
  }, 300_000);
});
