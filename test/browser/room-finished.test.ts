import { beforeAll, describe, expect, it } from 'vitest';
import type { Questionnaire } from '../../src/core/model.js';
import type { ParticipantAnswer } from '../../src/core/workshop-model.js';
import { visibleQuestions } from '../../src/core/visibility.js';
import { participantFinished } from '../../src/browser/room-finished.js';
import { loadContent } from '../../src/node/load-content.js';
import { ROOT } from '../helpers/run-cli.js';

let q: Questionnaire;

beforeAll(async () => {
  q = (await loadContent(`${ROOT}/content`)).questionnaires.find((x) => x.lang === 'es' && x.questions.some((y) => y.when))!;
});

describe('a room phone counts as finished (regression: the board said "0 han terminado" after a phone finished)', () => {
  it('once every question its answers show is answered, though follow-ups stay hidden', () => {
    const gated = q.questions.find((x) => x.when)!;
    const opener = q.questions.find((x) => x.id === gated.when!.question)!;
    // Choose, for the opener, an option that keeps the follow-up hidden.
    const closing = opener.options.find((o) => !gated.when!.in.map(String).includes(o.id))!;
    const answers: Record<string, ParticipantAnswer> = {};
    for (const question of q.questions) {
      if (question.id === opener.id) answers[question.id] = { value: opener.kind === 'multiple' ? [closing.id] : closing.id };
      else if (visibleQuestions(q.questions, answers).has(question.id)) answers[question.id] = { dontKnow: true };
    }
    expect(Object.keys(answers).length).toBeLessThan(q.questions.length);
    expect(participantFinished(q, answers)).toBe(true);
  });

  it('not while a shown question is unanswered, nor with no answers at all', () => {
    const answers: Record<string, ParticipantAnswer> = Object.fromEntries(q.questions.map((x) => [x.id, { na: true }]));
    delete answers[q.questions[0]!.id];
    expect(participantFinished(q, answers)).toBe(false);
    expect(participantFinished(q, {})).toBe(false);
  });
});
