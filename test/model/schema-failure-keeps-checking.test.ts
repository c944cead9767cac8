import { describe, expect, it } from 'vitest';
import { buildContentSet } from '../../src/model/content-set.js';
import { loadActionLibraryText } from '../../src/model/load-actions.js';
import { loadAssessmentText } from '../../src/model/load-assessment.js';
import { loadQuestionnaireText } from '../../src/model/load-questionnaire.js';
import { parseYaml } from '../../src/model/yaml-source.js';

const Q = `id: q
version: 1
lang: en
title: Q
introduction: ''
stages: [{ id: s, title: S, description: '', weight: 1 }]
levels: [{ id: l, label: L, description: '', min: 0 }]
questions:
  - { id: pay, stage: s, kind: multiple, prompt: Pay?, options: [{ id: card, label: Card, points: 1 }] }
  - { id: level, stage: s, kind: scale, prompt: Level? }
`;
const content = buildContentSet({ questionnaires: [loadQuestionnaireText(Q, 'q.yaml')], actionLibraries: [], fundingSchemes: [] });

/** Regression (QA 12): a schema failure on one field hid every answer problem until it was fixed. */
describe('a schema failure does not hide the checks it does not stand in the way of', () => {
  it('reports missing fields and bad answers of an assessment together, each at its line', () => {
    const text =
      'questionnaire: { id: q, version: 1, lang: en }\ncompany: { name: C, employees: 2 }\nanswers:\n  pay: coins\n  level: 12\n  nope: 1\n';
    const r = loadAssessmentText(text, 'a.yaml', content);
    expect(r.value).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ['missing-property', 1],
      ['missing-property', 1],
      ['missing-property', 2],
      ['missing-property', 2],
      ['bad-answer', 4],
      ['bad-answer', 5],
      ['unknown-question', 6],
    ]);
  });

  it('does not check answers when the questionnaire reference itself is broken', () => {
    const r = loadAssessmentText('questionnaire: { id: q, lang: en }\ncompany: { name: C }\nanswers:\n  pay: coins\n', 'a.yaml', content);
    expect(r.issues.map((i) => i.code)).not.toContain('bad-answer');
  });

  it('reports a repeated action id next to a schema problem in the same library', () => {
    const text = 'actions:\n  - { id: a, title: A }\n  - { id: a, title: B }\n';
    const codes = loadActionLibraryText(text, 'actions.en.yaml').issues.map((i) => i.code);
    expect(codes).toContain('duplicate-id');
    expect(codes.filter((c) => c !== 'duplicate-id').length).toBeGreaterThan(0);
  });
});

/** Regression (QA 13): a file with NUL bytes was reported as "must be a mapping, not string". */
describe('a binary file', () => {
  it('is refused at its first NUL byte, without parsing', () => {
    const r = parseYaml('a: 1\nbc: d\u0000e\n', 'x.yaml');
    expect(r.issues.map((i) => [i.code, i.line, i.col])).toEqual([['binary-file', 2, 6]]);
    expect(r.data).toBeUndefined();
  });
});
