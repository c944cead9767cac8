import { describe, expect, it } from 'vitest';
import { buildContentSet } from '../../src/model/content-set.js';
import { loadAssessmentText } from '../../src/model/load-assessment.js';
import { loadQuestionnaireText } from '../../src/model/load-questionnaire.js';

const Q = `id: q
version: 3
lang: en
title: Q
introduction: ''
stages: [{ id: s, title: S, description: '', weight: 1 }]
levels: [{ id: l, label: L, description: '', min: 0 }]
questions:
  - { id: pay, stage: s, kind: multiple, prompt: Pay?, options: [{ id: card, label: Card, points: 1 }, { id: cash, label: Cash, points: 0 }] }
  - { id: ok, stage: s, kind: yesno, prompt: OK?, allowNa: true }
  - { id: level, stage: s, kind: scale, prompt: Level? }
`;
const content = buildContentSet({ questionnaires: [loadQuestionnaireText(Q, 'q.yaml')], actionLibraries: [] });
const head = (version: number) => `questionnaire: { id: q, version: ${version}, lang: en }\ncompany: { name: C, sector: x, employees: 1, location: y }\ndate: "2026-01-01"\nassessor: A\n`;

describe('loadAssessmentText', () => {
  it('normalises shorthand and long answers, true/false and numbers', () => {
    const r = loadAssessmentText(`${head(3)}answers:\n  pay: [card, card]\n  ok: true\n  level: { value: 3, note: Fine }\n`, 'a.yaml', content);
    expect(r.issues).toEqual([]);
    expect(r.value!.answers).toEqual({ pay: { value: ['card'] }, ok: { value: 'yes' }, level: { value: '3', note: 'Fine' } });
    expect(r.value!.publish).toBe(false);
  });

  it('treats an empty answer as unanswered', () => {
    const r = loadAssessmentText(`${head(3)}answers:\n  pay:\n  ok: { na: true }\n`, 'a.yaml', content);
    expect(r.value!.answers).toEqual({ ok: { na: true } });
  });

  it('collects every answer problem of the current version as errors', () => {
    const r = loadAssessmentText(`${head(3)}answers:\n  pay: card\n  level: 7\n  gone: yes\n`, 'a.yaml', content);
    expect(r.value).toBeUndefined();
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([['bad-answer', 6], ['bad-answer', 7], ['unknown-question', 8]]);
  });

  it('drops with a warning, not an error, what an older version answered differently', () => {
    const r = loadAssessmentText(`${head(2)}answers:\n  pay: [card]\n  level: 9\n  gone: yes\n`, 'a.yaml', content);
    expect(r.value!.answers).toEqual({ pay: { value: ['card'] } });
    expect(r.dropped.map((d) => d.question)).toEqual(['level', 'gone']);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.severity).toBe('warning');
    expect(r.value!.questionnaire.version).toBe(3);
  });
});
