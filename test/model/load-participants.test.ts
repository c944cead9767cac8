import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatIssue, sortIssues } from '../../src/core/issue.js';
import type { ContentSet } from '../../src/model/content-set.js';
import { loadAssessmentText } from '../../src/model/load-assessment.js';
import { loadContent } from '../../src/node/load-content.js';
import { ROOT } from '../helpers/run-cli.js';

const DIR = 'test/fixtures/workshop-errors';
/** One fixture per problem a workshop file can have; the file name is the code it must report. */
const FIXTURES = readdirSync(`${ROOT}/${DIR}`)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

let content: ContentSet;
beforeAll(async () => {
  content = await loadContent(`${ROOT}/content`);
});

function load(file: string) {
  return loadAssessmentText(readFileSync(`${ROOT}/${file}`, 'utf8'), file, content);
}

describe('workshop files are checked like answers', () => {
  it('has a fixture for every workshop problem code', () => {
    const codes = new Set(FIXTURES.map((f) => f.replace(/^participant-/, '')));
    for (const code of [
      'duplicate-participant',
      'name-when-anonymous',
      'dont-know-with-answer',
      'reason-without-dont-know',
      'consensus-without-value',
      'unknown-option',
      'consensus-differs',
    ]) {
      expect(codes).toContain(code);
    }
  });

  it.each(FIXTURES)('%s is reported at its line and column, word for word', (fixture) => {
    const file = `${DIR}/${fixture}.yaml`;
    const issues = sortIssues(load(file).issues);
    expect(issues).toHaveLength(1);
    const code = fixture.replace(/^participant-/, '').replace('bad-key', 'bad-format');
    expect(issues[0]!.code).toBe(code);
    expect(`${issues.map(formatIssue).join('\n')}\n`).toBe(readFileSync(`${ROOT}/${DIR}/${fixture}.expected`, 'utf8'));
  });

  it('reports every problem of a file, not only the first', () => {
    const text = [
      'questionnaire: { id: digital-service, version: 2, lang: en }',
      'company: { name: T, sector: "", employees: 1, location: "" }',
      'date: "2026-11-18"',
      'assessor: ""',
      'answers: {}',
      'participants:',
      '  - key: 00000000000000aa',
      '    answers: { websight: current, website: currant, reviews: { reason: x } }',
      '  - key: 00000000000000bb',
      '    answers: { website: { dontKnow: true, na: true } }',
      'consensus:',
      '  website: { status: unanimous }',
    ].join('\n');
    const codes = loadAssessmentText(text, 'many.yaml', content).issues.map((i) => `${i.line}:${i.code}`);
    expect(codes.sort()).toEqual([
      '10:dont-know-with-answer',
      '12:consensus-without-value',
      '8:bad-answer',
      '8:reason-without-dont-know',
      '8:unknown-question',
    ]);
  });

  it('loads the bundled example workshop: participants, proxy, "I don\'t know" with reasons, consensus rounds', () => {
    const parsed = load('assessments/taller-ferreteria-ruiz.yaml');
    expect(parsed.issues).toEqual([]);
    const w = parsed.value!.workshop!;
    expect(w.participants.length).toBeGreaterThanOrEqual(4);
    expect(w.participants.filter((p) => p.proxy)).toHaveLength(1);
    expect(w.participants.some((p) => Object.values(p.answers).some((a) => a.dontKnow && a.reason))).toBe(true);
    const statuses = new Set(Object.values(w.consensus).map((c) => c.status));
    for (const s of ['unanimous', 'consensus', 'decided', 'open'] as const) expect(statuses).toContain(s);
    expect(Object.values(w.consensus).some((c) => c.rounds.length === 2)).toBe(true);
    // answers are the agreed values, so every existing command scores the consensus
    for (const [id, c] of Object.entries(w.consensus)) {
      if (c.status === 'open') expect(parsed.value!.answers[id]).toBeUndefined();
      else expect(parsed.value!.answers[id]!.value).toEqual(c.value);
    }
  });

  it('a plain assessment has no workshop', () => {
    expect(load('assessments/panaderia-la-espiga.yaml').value!.workshop).toBeUndefined();
  });
});
