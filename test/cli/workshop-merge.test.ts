import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { encodeHandIn, handInFragment } from '../../src/core/hand-in-code.js';
import type { Questionnaire } from '../../src/core/model.js';
import { scoreAnswers } from '../../src/core/score.js';
import { scorableAnswers } from '../../src/core/stage-spread.js';
import type { Participant } from '../../src/core/workshop-model.js';
import type { ContentSet } from '../../src/model/content-set.js';
import { loadAssessmentText } from '../../src/model/load-assessment.js';
import { loadContent } from '../../src/node/load-content.js';
import { ROOT, runInProcess } from '../helpers/run-cli.js';

let content: ContentSet;
let q: Questionnaire;
let dir: string;
beforeAll(async () => {
  content = await loadContent(`${ROOT}/content`);
  q = content.questionnaires.find((x) => x.lang === 'es')!;
  dir = mkdtempSync(path.join(os.tmpdir(), 'digimat-workshop-'));
});

function person(n: number, answers: Record<string, string | string[]>, extra: Partial<Participant> = {}): Participant {
  return {
    key: `${n}`.repeat(16).slice(0, 16),
    revision: 1,
    name: `Persona ${n}`,
    role: n % 2 ? 'ventas' : 'gerencia',
    answers: Object.fromEntries(Object.entries(answers).map(([id, v]) => [id, { value: v }])),
    ...extra,
  };
}

const ANA = person(1, { 'search-visibility': '0', website: 'current', 'response-time': 'days' });
const LUIS = person(2, { 'search-visibility': '4', website: 'current', 'response-time': 'within-hour' }, { proxy: true });
const EVA = person(
  3,
  { 'search-visibility': '2', website: 'outdated', 'response-time': 'same-day' },
  { answers: { 'search-visibility': { value: '2' }, website: { dontKnow: true, reason: 'No llevo la web' } } },
);

// Several real CLI runs per test: allow for a busy two-core machine.
describe('digimat workshop merge', { timeout: 120_000 }, () => {
  it('builds a workshop from a file of codes, a share link and an exported answers file, and score shows the spread', async () => {
    const codes = path.join(dir, 'codes.txt');
    writeFileSync(codes, `# hand-ins scanned at the workshop\n${encodeHandIn(q, ANA)}\n\n${handInFragment(encodeHandIn(q, LUIS))}\n`);
    const link = `file:///media/usb/es/taller/index.html${handInFragment(encodeHandIn(q, EVA))}`;
    const out = path.join(dir, 'taller.yaml');
    const r = await runInProcess([
      'workshop',
      'merge',
      codes,
      link,
      'assessments/panaderia-la-espiga.yaml',
      '-o',
      out,
      '--company',
      'Ferretería Prueba',
      '--date',
      '2026-11-18',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`codes.txt:2: participant ${ANA.key} Persona 1 (ventas): added`);
    expect(r.stderr).toContain(`participant ${LUIS.key} Persona 2 (gerencia) [proxy]: added`);
    expect(r.stderr).toMatch(/wrote .*taller\.yaml: 4 participant\(s\): 4 added, 0 updated, 0 already there, 0 conflicting, 0 refused/);

    expect((await runInProcess(['validate', out])).code).toBe(0);
    const parsed = loadAssessmentText(readFileSync(out, 'utf8'), out, content);
    const participants = parsed.value!.workshop!.participants;
    expect(participants.map((p) => p.key).slice(0, 3)).toEqual([ANA.key, LUIS.key, EVA.key]);
    expect(participants[2]!.answers.website).toEqual({ dontKnow: true, reason: 'No llevo la web' });

    const s = await runInProcess(['score', out, '--json']);
    expect(s.code, s.stderr).toBe(0);
    const j = JSON.parse(s.stdout);
    expect(j.participants).toBe(4);
    // Each stage's spread over the participants' own scores, computed here one participant at a time.
    for (const stage of j.stages) {
      const own = participants
        .map((p) => scoreAnswers(q, scorableAnswers(p.answers)).stages.find((x) => x.id === stage.id)!.score)
        .filter((x): x is number => x !== null)
        .sort((a, b) => a - b);
      const mid = own.length % 2 ? own[(own.length - 1) / 2]! : (own[own.length / 2 - 1]! + own[own.length / 2]!) / 2;
      expect(stage.spread).toEqual({ min: own[0], median: Math.round(mid * 10) / 10, max: own.at(-1) });
    }
    // Points 0, 4, 3 and the bakery's 1 (of 4) spread wider than 0, 4, 2 and 1: 0.875 against 0.8125.
    expect(j.disputed.slice(0, 2)).toEqual(['response-time', 'search-visibility']);
    const text = await runInProcess(['score', out]);
    expect(text.stdout).toMatch(/Taller: 4 participantes, 1 respondió en papel/);
    expect(text.stdout).toMatch(/search-visibility: discrepancia \d,\d\d, abierta/);
  });

  it('is idempotent: merging the same hand-ins again leaves the file byte for byte', async () => {
    const out = path.join(dir, 'taller.yaml');
    const before = readFileSync(out, 'utf8');
    const r = await runInProcess(['workshop', 'merge', path.join(dir, 'codes.txt'), '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('already merged: nothing changed');
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('takes a newer revision, keeps the newer one over an older, and keeps recorded decisions', async () => {
    const out = path.join(dir, 'taller.yaml');
    const doc = parse(readFileSync(out, 'utf8'));
    doc.consensus['search-visibility'] = {
      ...doc.consensus['search-visibility'],
      value: '2',
      status: 'decided',
      note: 'Se comprobó en el buscador',
      owner: 'Ana',
    };
    writeFileSync(out, `# yaml-language-server: $schema=../schema/assessment.schema.json\n${JSON.stringify(doc)}`);
    const newer = { ...ANA, revision: 2, answers: { ...ANA.answers, 'search-visibility': { value: '1' } } };
    const r = await runInProcess(['workshop', 'merge', encodeHandIn(q, newer), encodeHandIn(q, { ...LUIS, revision: 1 }), '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`participant ${ANA.key} Persona 1 (ventas): updated to a newer revision`);
    const w = loadAssessmentText(readFileSync(out, 'utf8'), out, content).value!;
    expect(w.workshop!.participants.find((p) => p.key === ANA.key)!.answers['search-visibility']).toEqual({ value: '1' });
    expect(w.workshop!.consensus['search-visibility']).toMatchObject({
      value: '2',
      status: 'decided',
      note: 'Se comprobó en el buscador',
      owner: 'Ana',
    });
    expect(w.workshop!.consensus['search-visibility']!.rounds[0]!.distribution).toEqual({ '1': 2, '2': 1, '4': 1 });
    expect(w.answers['search-visibility']!.value).toBe('2'); // answers follow the recorded decision
  });

  it('refuses foreign, other-version, tampered and truncated hand-ins with a clear message, merging nothing from them and losing nothing', async () => {
    const out = path.join(dir, 'taller.yaml');
    const before = readFileSync(out, 'utf8');
    const good = encodeHandIn(q, person(7, { website: 'none' }));
    const flip = (s: string, at: number) => s.slice(0, at) + (s[at] === 'A' ? 'B' : 'A') + s.slice(at + 1);
    const bad = [
      encodeHandIn({ ...q, id: 'otro-cuestionario' }, ANA),
      encodeHandIn({ ...q, version: q.version + 1 }, ANA),
      flip(good, 20),
      good.slice(0, good.length - 5),
      'hola',
    ];
    const r = await runInProcess(['workshop', 'merge', ...bad, '-o', out]);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l.includes(': refused: '));
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/refused: it is for a questionnaire this workshop does not use$/);
    expect(lines[1]).toMatch(
      new RegExp(`refused: made on version ${q.version + 1} of digital-service; the workshop uses another version$`),
    );
    expect(lines[2]).toMatch(/refused: the code was altered or misread \(its checksum does not match\): scan it again$/);
    expect(lines[3]).toMatch(/refused: the code is cut short: scan it again or copy all of it$/);
    expect(lines[4]).toMatch(/^hola: refused: this is neither a hand-in code nor a hand-in link$/);
    expect(r.stderr).toMatch(/5 refused/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('refuses an answers file with mistakes, quoting each as path:line:col', async () => {
    const out = path.join(dir, 'taller.yaml');
    const before = readFileSync(out, 'utf8');
    const r = await runInProcess(['workshop', 'merge', 'test/fixtures/workshop-errors/participant-bad-answer.yaml', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('test/fixtures/workshop-errors/participant-bad-answer.yaml: refused: not a valid answers file:');
    expect(r.stderr).toContain(readFileSync(`${ROOT}/test/fixtures/workshop-errors/participant-bad-answer.expected`, 'utf8').trim());
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  it('keeps no display name in a workshop whose anonymity is nobody', async () => {
    const out = path.join(dir, 'anonimo.yaml');
    const r = await runInProcess(['workshop', 'merge', encodeHandIn(q, ANA), encodeHandIn(q, LUIS), '-o', out, '--anonymity', 'nobody']);
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).not.toContain('Persona');
    expect(r.stderr).not.toContain('Persona');
    expect((await runInProcess(['validate', out])).code).toBe(0);
  });

  it('reports a missing argument as a usage error', async () => {
    const r = await runInProcess(['workshop', 'merge']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/missing required argument/);
  });
  it('does not keep a unanimity from merging links 1 and 2 once a file with links 1-3 disagrees (QA item 2)', async () => {
    const first = encodeHandIn(q, ANA);
    const second = encodeHandIn(q, { ...LUIS, proxy: undefined });
    const third = person(4, { 'search-visibility': '4', website: 'outdated', 'response-time': 'days' });
    const out = path.join(dir, 'in-turns.yaml');
    expect((await runInProcess(['workshop', 'merge', first, second, '-o', out, '--company', 'Turnos', '--date', '2026-11-18'])).code).toBe(
      0,
    );
    const before = parse(readFileSync(out, 'utf8'));
    expect(before.consensus.website.status).toBe('unanimous');
    expect(before.answers.website).toBeDefined();

    const all = path.join(dir, 'links-1-3.txt');
    writeFileSync(all, `${first}\n${second}\n${encodeHandIn(q, third)}\n`);
    const r = await runInProcess(['workshop', 'merge', all, '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const after = parse(readFileSync(out, 'utf8'));
    expect(after.consensus.website).toMatchObject({ status: 'open', rounds: [{ count: 3, distribution: { current: 2, outdated: 1 } }] });
    expect(after.answers?.website).toBeUndefined();
    // Merging the three at once gives the same consensus.
    const once = path.join(dir, 'at-once.yaml');
    expect((await runInProcess(['workshop', 'merge', all, '-o', once, '--company', 'Turnos', '--date', '2026-11-18'])).code).toBe(0);
    expect(after.consensus).toEqual(parse(readFileSync(once, 'utf8')).consensus);
    expect(after.answers).toEqual(parse(readFileSync(once, 'utf8')).answers);
    expect((await runInProcess(['score', out])).code).toBe(0);
  });
});
