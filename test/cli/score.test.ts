import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { assess } from '../../src/core/assess.js';
import { resultToJson } from '../../src/core/result-json.js';
import { loadAssessmentText } from '../../src/model/load-assessment.js';
import { actionsFor } from '../../src/model/content-set.js';
import { loadContent } from '../../src/node/load-content.js';
import { runInProcess } from '../helpers/run-cli.js';

const EXAMPLES = ['assessments/panaderia-la-espiga.yaml', 'assessments/costa-trail-outfitters.yaml', 'assessments/suministros-norte.yaml'];

async function scoreJson(file: string) {
  const r = await runInProcess(['score', file, '--json']);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('digimat score', () => {
  it('prints the documented JSON shape with the plan sorted by priority', async () => {
    const j = await scoreJson(EXAMPLES[1]!);
    expect(j.questionnaire).toEqual({ id: 'digital-service', version: 2, lang: 'en' });
    expect(Object.keys(j.overall)).toEqual(['score', 'level', 'complete', 'completeness', 'range']);
    expect(j.overall.complete).toBe(true);
    expect(j.overall.range).toEqual({ min: j.overall.score, max: j.overall.score });
    expect(j.stages.map((s: { id: string }) => s.id)).toEqual(['presence', 'promotion', 'sales', 'loyalty']);
    for (const s of j.stages) {
      expect(typeof s.score).toBe('number');
      expect(s.level).toEqual({ id: expect.any(String), label: expect.any(String) });
      expect(s.answered).toBeLessThanOrEqual(s.applicable);
      expect(s.complete).toBe(true);
      expect(s.range).toEqual({ min: s.score, max: s.score });
    }
    expect(j.weakest).toBe('loyalty');
    expect(j.plan.length).toBeGreaterThan(0);
    const priorities = j.plan.map((p: { priority: number }) => p.priority);
    expect([...priorities].sort((a, b) => b - a)).toEqual(priorities);
    expect(j.plan.map((p: { rank: number }) => p.rank)).toEqual(j.plan.map((_: unknown, i: number) => i + 1));
    expect(j.startHere).toHaveLength(3);
    for (const p of j.plan) {
      expect(['30d', '90d', '6m', 'later']).toContain(p.horizon);
      expect(p.because.length).toBeGreaterThan(0);
    }
  });

  it('gives the same result as the core API called in-process', async () => {
    const content = await loadContent('content');
    for (const file of EXAMPLES) {
      const parsed = loadAssessmentText(readFileSync(file, 'utf8'), file, content);
      const result = assess(parsed.questionnaire!, actionsFor(content, parsed.questionnaire!), parsed.value!);
      expect(await scoreJson(file)).toEqual(JSON.parse(JSON.stringify(resultToJson(result))));
    }
  });

  it('separates the example profiles by more than 15 points', async () => {
    const overall: number[] = [];
    for (const f of EXAMPLES) overall.push((await scoreJson(f)).overall.score as number);
    expect(Math.max(...overall) - Math.min(...overall)).toBeGreaterThan(15);
    // bakery < online shop < mature B2B firm
    expect(overall[0]!).toBeLessThan(overall[1]!);
    expect(overall[1]!).toBeLessThan(overall[2]!);
  });

  it("prints a table and the plan by horizon in the assessment's language", async () => {
    const es = await runInProcess(['score', EXAMPLES[0]!]);
    expect(es.code).toBe(0);
    expect(es.stdout).toMatch(/^Etapa\s+Puntuación\s+Nivel\s+Respondidas$/m);
    expect(es.stdout).toMatch(/^Fidelización y posventa\s+\d+,\d\s+\S+/m);
    expect(es.stdout).toMatch(/^Por dónde empezar\n {2}- .+ — impacto alto, poco esfuerzo; mejora /m);
    expect(es.stdout).toContain('Primeros 30 días (victorias rápidas)');
    expect(es.stdout).toContain('Kit Digital: Sitio web y presencia básica en Internet');
    const en = await runInProcess(['score', EXAMPLES[1]!]);
    expect(en.stdout).toMatch(/^Stage\s+Score\s+Level\s+Answered$/m);
    expect(en.stdout).toContain('First 30 days (quick wins)');
    expect(en.stdout).toMatch(/because of: \S+/);
  });

  it('shows two answers out of some twenty-five as provisional: no level, a range, and no weakest stage', async () => {
    const j = await scoreJson('test/fixtures/incomplete/two-answers.yaml');
    expect(j.overall).toMatchObject({ level: null, complete: false });
    const applicable = j.stages.reduce((n: number, s: { applicable: number }) => n + s.applicable, 0);
    expect(applicable).toBeGreaterThan(20);
    expect(j.overall.completeness).toBeCloseTo(2 / applicable, 5);
    expect(j.overall.range.min).toBeLessThan(j.overall.score);
    expect(j.overall.range.max).toBeGreaterThan(j.overall.score);
    expect(j.weakest).toBeNull();
    for (const s of j.stages) {
      expect(s).toMatchObject({ level: null, complete: false });
      expect(s.remaining).toBeGreaterThan(0);
      expect(typeof s.firstUnanswered).toBe('string');
    }
    const presence = j.stages.find((s: { id: string }) => s.id === 'presence');
    expect(presence).toMatchObject({ score: 100, answered: 1, range: { min: expect.any(Number), max: 100 } });
    expect(presence.range.min).toBeLessThan(50);
    const table = (await runInProcess(['score', 'test/fixtures/incomplete/two-answers.yaml'])).stdout;
    expect(table).toMatch(/^Presencia\s+100,0 \(\d+,\d–100,0\)\s+provisional: responde \d+ preguntas más\s+1\/\d+$/m);
    expect(table).toMatch(/^Global\s+\d+,\d \(\d+,\d–\d+,\d\)\s+provisional: responde \d+ preguntas más\s+2\/\d+$/m);
    expect(table).toContain('Etapa más débil: aún no se puede decir');
    expect(table).not.toMatch(/Referente|Avanzado/);
  });

  it("keeps the bakery's first 30 days to at most five actions, and sends what does not fit to later", async () => {
    const j = await scoreJson(EXAMPLES[0]!);
    const first = j.plan.filter((p: { horizon: string }) => p.horizon === '30d');
    expect(first.length).toBeGreaterThan(0);
    expect(first.length).toBeLessThanOrEqual(5);
    for (const h of ['30d', '90d', '6m']) {
      const used = j.plan.filter((p: { horizon: string }) => p.horizon === h).reduce((n: number, p: { effort: number }) => n + p.effort, 0);
      expect(used).toBeLessThanOrEqual(j.capacity[h]);
    }
    expect(j.plan.some((p: { horizon: string }) => p.horizon === 'later')).toBe(true);
    expect(j.startHere).toEqual(first.slice(0, 3).map((p: { action: string }) => p.action));
    expect((await runInProcess(['score', EXAMPLES[0]!])).stdout).toContain(
      'Más adelante (no cabe en lo que la empresa puede abordar ahora)',
    );
  });

  it('loads an assessment made on an older questionnaire version, dropping what no longer fits', async () => {
    const r = await runInProcess([
      '--content',
      'test/fixtures/versions/content',
      'score',
      'test/fixtures/versions/made-on-v1.yaml',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(r.stderr.trim()).toBe(
      'test/fixtures/versions/made-on-v1.yaml:1:40: warning: made on version 1, loaded under version 2 — 1 question(s) added since version 1 (none answered here): site-quality — dropping 2 answer(s): website (question removed); online-sales (has no option `shop`; options: none, own-shop) [older-version]',
    );
    expect(JSON.parse(r.stdout).questionnaire.version).toBe(2);
    const current = await runInProcess([
      '--content',
      'test/fixtures/versions/content',
      'score',
      'test/fixtures/versions/made-on-v2.yaml',
      '--json',
    ]);
    expect(current.stderr).toBe('');
    expect(JSON.parse(current.stdout).stages.map((s: { answered: number }) => s.answered)).toEqual([1, 1]);
  });

  it('scores the bundled example kept on questionnaire version 1 and lists the questions added since', async () => {
    const r = await runInProcess(['score', 'assessments/panaderia-la-espiga-2025.yaml', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.trim()).toBe(
      'assessments/panaderia-la-espiga-2025.yaml:6:48: warning: made on version 1, loaded under version 2 — 6 question(s) added since version 1 (none answered here): segmentation, customer-insight, stock-visibility, automated-answers, loyalty-rewards, co-creation — every answer kept [older-version]',
    );
    const j = JSON.parse(r.stdout);
    expect(j.questionnaire.version).toBe(2);
    // Every version-1 answer still counts: 23 answered, none of the six new questions.
    expect(j.stages.reduce((n: number, s: { answered: number }) => n + s.answered, 0)).toBe(23);
    // An unanswered new question calls for no action: the plan comes from what was asked.
    const because = new Set(j.plan.flatMap((p: { because: string[] }) => p.because));
    for (const added of ['segmentation', 'customer-insight', 'stock-visibility', 'automated-answers', 'loyalty-rewards', 'co-creation']) {
      expect(because.has(added), added).toBe(false);
    }
  });

  it('does not name Presencia weakest in the workshop example while Promoción could still end lower', async () => {
    const j = await scoreJson('assessments/taller-ferreteria-ruiz.yaml');
    const stage = (id: string) => j.stages.find((s: { id: string }) => s.id === id);
    // Presencia is the only complete stage, yet Promoción's best case is below it
    expect(stage('promotion').range.min).toBeLessThan(stage('presence').score);
    expect(j.weakest).toBeNull();
    expect(j.weakestUnknownBecause).toContain('promotion');
    const table = (await runInProcess(['score', 'assessments/taller-ferreteria-ruiz.yaml'])).stdout;
    const line = table.split('\n').find((l) => l.startsWith('Etapa más débil'))!;
    expect(line).not.toMatch(/: Presencia$/);
    expect(line).toContain('Promoción (responde 1 más)');
  });

  it('does not name Presencia weakest in the version-1 bakery while Promoción is at 3,1', async () => {
    const j = await scoreJson('assessments/panaderia-la-espiga-2025.yaml');
    const stage = (id: string) => j.stages.find((s: { id: string }) => s.id === id);
    expect(stage('presence').complete).toBe(true);
    expect(stage('promotion').range.min).toBeLessThan(stage('presence').score);
    expect(j.weakest).not.toBe('presence');
    expect(j.weakestUnknownBecause).toEqual(['promotion', 'loyalty']);
    const table = (await runInProcess(['score', 'assessments/panaderia-la-espiga-2025.yaml'])).stdout;
    expect(table).toMatch(
      /^Etapa más débil: aún no se puede decir, hay pocas respuestas para comparar en Promoción \(responde 1 más\), Fidelización y posventa \(responde 1 más\)$/m,
    );
  });

  it('prints the workshop table and disagreements in Spanish number format, like the rest of the table', async () => {
    const out = (await runInProcess(['score', 'assessments/taller-ferreteria-ruiz.yaml'])).stdout;
    const workshop = out.slice(out.indexOf('Taller:'));
    expect(workshop).toMatch(/^Presencia +45,8 +37,1 +41,7 +50,8$/m);
    expect(workshop).toContain('response-time: discrepancia 0,83, decidido');
    expect(workshop).not.toMatch(/\d\.\d/);
  });

  it('reports an invalid assessment as path:line:col with exit 1', async () => {
    const r = await runInProcess(['score', 'test/fixtures/errors/bad-answer.yaml']);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe(
      'test/fixtures/errors/bad-answer.yaml:6:12: question `website` has no option `modern`; options: none, social-only, outdated, current [bad-answer]',
    );
    expect(r.stdout).toBe('');
  });
});
