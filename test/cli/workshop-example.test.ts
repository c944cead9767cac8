import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInProcess } from '../helpers/run-cli.js';

const EXAMPLE = 'assessments/taller-ferreteria-ruiz.yaml';

describe('the bundled example workshop', { timeout: 120_000 }, () => {
  it('validates, scores with spread and disputed questions, and reports with a workshop section', async () => {
    expect((await runInProcess(['validate', EXAMPLE])).code).toBe(0);
    const j = JSON.parse((await runInProcess(['score', EXAMPLE, '--json'])).stdout);
    expect(j.participants).toBe(5);
    expect(j.disputed).toEqual(['response-time', 'search-visibility']);
    for (const s of j.stages) expect(s.spread.min).toBeLessThanOrEqual(s.spread.median);
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'digimat-example-')), 'taller.md');
    const r = await runInProcess(['report', EXAMPLE, '--format', 'md', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('## Taller');
    expect(md).toContain('### Donde más se discrepó');
    expect(md).toContain('### Preguntas abiertas');
  });
});
