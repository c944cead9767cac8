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
  - { id: chat, stage: s, kind: yesno, prompt: Chat?, since: 2 }
  - { id: bot, stage: s, kind: yesno, prompt: Bot?, since: 3 }
`;
const content = buildContentSet({ questionnaires: [loadQuestionnaireText(Q, 'q.yaml')], actionLibraries: [], fundingSchemes: [] });
const head = (version: number) =>
  `questionnaire: { id: q, version: ${version}, lang: en }\ncompany: { name: C, sector: x, employees: 1, location: y }\ndate: "2026-01-01"\nassessor: A\n`;

describe('loadAssessmentText', () => {
  it('normalises shorthand and long answers, true/false and numbers', () => {
    const r = loadAssessmentText(
      `${head(3)}answers:\n  pay: [card, card]\n  ok: true\n  level: { value: 3, note: Fine }\n`,
      'a.yaml',
      content,
    );
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
    expect(r.issues.map((i) => [i.code, i.line])).toEqual([
      ['bad-answer', 6],
      ['bad-answer', 7],
      ['unknown-question', 8],
    ]);
  });

  it('drops with a warning, not an error, what an older version answered differently', () => {
    const r = loadAssessmentText(`${head(2)}answers:\n  pay: [card]\n  level: 9\n  gone: yes\n`, 'a.yaml', content);
    expect(r.value!.answers).toEqual({ pay: { value: ['card'] } });
    expect(r.dropped.map((d) => d.question)).toEqual(['level', 'gone']);
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.severity).toBe('warning');
    expect(r.value!.questionnaire.version).toBe(3);
  });

  it('lists the questions added after the version a file was made on, and which of them it leaves open', () => {
    const v1 = loadAssessmentText(`${head(1)}answers:\n  pay: [card]\n`, 'a.yaml', content);
    expect(v1.changes).toEqual({ from: 1, to: 3, added: ['chat', 'bot'], unanswered: ['chat', 'bot'], dropped: [] });
    expect(v1.issues.map((i) => i.message)).toEqual([
      'made on version 1, loaded under version 3 — 2 question(s) added since version 1 (none answered here): chat, bot — every answer kept',
    ]);
    // A question asked since version 2 is not new to a file made on version 2; one it already answers is not open.
    const v2 = loadAssessmentText(`${head(2)}answers:\n  chat: yes\n  bot: no\n`, 'a.yaml', content);
    expect(v2.changes).toMatchObject({ from: 2, added: ['bot'], unanswered: [] });
    expect(v2.issues[0]!.message).toContain('1 question(s) added since version 2 (0 unanswered here): bot');
  });

  it('reports no changes for a file made on the current version', () => {
    const r = loadAssessmentText(`${head(3)}answers:\n  chat: yes\n`, 'a.yaml', content);
    expect(r.changes).toBeUndefined();
    expect(r.issues).toEqual([]);
  });
});
