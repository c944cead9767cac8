import { describe, expect, it } from 'vitest';
import { assess } from '../../src/core/assess.js';
import { buildContentSet } from '../../src/model/content-set.js';
import { loadQuestionnaireText } from '../../src/model/load-questionnaire.js';

const head = (lang: string) => `id: q
version: 1
lang: ${lang}
title: Q
introduction: ''
stages: [{ id: s, title: S, description: '', weight: 1 }]
levels: [{ id: l, label: L, description: '', min: 0 }]
questions:
  - { id: a, stage: s, kind: yesno, prompt: A? }
  - { id: b, stage: s, kind: yesno, prompt: B? }
`;
// The example of docs/content-format.md, word for word.
const SETTINGS = `minCompleteness: 0.75
capacity:
  "0-2":   { 30d: 3, 90d: 6, 6m: 9 }
  "3-9":   { 30d: 5, 90d: 8, 6m: 12 }
  "10-49": { 30d: 8, 90d: 14, 6m: 20 }
  "50+":   { 30d: 12, 90d: 20, 6m: 30 }
`;

describe('minCompleteness and capacity in a questionnaire', () => {
  it('loads the documented example and scores and plans with it', () => {
    const parsed = loadQuestionnaireText(head('en') + SETTINGS, 'q.en.yaml');
    expect(parsed.issues).toEqual([]);
    const q = parsed.value!;
    expect(q.minCompleteness).toBe(0.75);
    expect(q.capacity?.['3-9']).toEqual({ '30d': 5, '90d': 8, '6m': 12 });
    const half = assess(q, new Map(), { answers: { a: { value: 'yes' } }, company: { employees: 5 } });
    expect(half.score.stages[0]!.complete).toBe(false); // 1 of 2 is below 0.75
    expect(half.plan.capacity).toEqual({ '30d': 5, '90d': 8, '6m': 12 });
  });

  it('reports a bar outside 0..1 and an incomplete capacity table at their lines', () => {
    const bad = loadQuestionnaireText(`${head('en')}minCompleteness: 1.5\ncapacity:\n  "0-2": { 30d: 3, 90d: 6 }\n`, 'q.en.yaml');
    const where = bad.issues.map((i) => `${i.line}:${i.code}`);
    expect(where).toContain('11:out-of-range');
    expect(bad.issues.some((i) => i.line === 13 && i.code === 'missing-property')).toBe(true);
  });

  it('requires both languages to agree on them', () => {
    const es = loadQuestionnaireText(head('es') + SETTINGS, 'q.es.yaml');
    const en = loadQuestionnaireText(head('en') + SETTINGS.replace('0.75', '0.8'), 'q.en.yaml');
    const issues = buildContentSet({ questionnaires: [en, es], actionLibraries: [], fundingSchemes: [] }).issues;
    expect(issues.map((i) => `${i.file}:${i.line}:${i.col}: ${i.message} [${i.code}]`)).toEqual([
      'q.es.yaml:11:18: `minCompleteness` differs from q.en.yaml; only texts may differ between translations [translation-mismatch]',
    ]);
  });
});
