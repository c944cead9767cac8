import fc from 'fast-check';
import type { Question, Questionnaire } from '../../src/core/model.js';
import type { Participant, ParticipantAnswer } from '../../src/core/workshop-model.js';
import { buildQuestionnaire } from './build-questionnaire.js';

/** A small questionnaire with one question of every kind, some allowing "not applicable". */
export const MIXED: Questionnaire = buildQuestionnaire([
  { id: 'scale-q', stage: 'presence', kind: 'scale', prompt: 'Scale?' },
  { id: 'yes-q', stage: 'presence', kind: 'yesno', prompt: 'Yes?', allowNa: true },
  {
    id: 'single-q',
    stage: 'sales',
    kind: 'single',
    prompt: 'Single?',
    options: [
      { id: 'none', label: 'None', points: 0 },
      { id: 'some', label: 'Some', points: 1 },
      { id: 'all', label: 'All', points: 2 },
    ],
  },
  {
    id: 'multi-q',
    stage: 'sales',
    kind: 'multiple',
    prompt: 'Multi?',
    allowNa: true,
    options: [
      { id: 'a', label: 'A', points: 1 },
      { id: 'b', label: 'B', points: 1 },
      { id: 'c', label: 'C', points: 1 },
    ],
  },
]);

/** Any answer a participant can give to a question, including "I don't know" with a reason. */
export function participantAnswerArb(q: Question, withTexts = true): fc.Arbitrary<ParticipantAnswer | undefined> {
  const ids = q.options.map((o) => o.id);
  const note = withTexts ? fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }) : fc.constant(undefined);
  const value: fc.Arbitrary<string | string[]> = q.kind === 'multiple' ? fc.subarray(ids) : fc.constantFrom(...ids);
  const choices: fc.Arbitrary<ParticipantAnswer | undefined>[] = [
    fc.constant(undefined),
    fc.record({ value, note }).map((a) => (a.note ? a : { value: a.value })),
    note.map((reason) => (reason ? { dontKnow: true, reason } : { dontKnow: true })),
  ];
  if (q.allowNa) choices.push(fc.constant({ na: true }));
  return fc.oneof(...choices);
}

/** A participant with a random key and revision who answers any subset of a questionnaire. */
export function participantArb(q: Questionnaire, withTexts = true): fc.Arbitrary<Participant> {
  return fc
    .record({
      key: fc.uint8Array({ minLength: 8, maxLength: 8 }).map((b) => [...b].map((x) => x.toString(16).padStart(2, '0')).join('')),
      revision: fc.integer({ min: 1, max: 100_000 }),
      name: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: undefined }),
      role: fc.option(fc.constantFrom('owner', 'sales', 'support'), { nil: undefined }),
      proxy: fc.boolean(),
      notes: withTexts ? fc.option(fc.string({ minLength: 1, maxLength: 30 }), { nil: undefined }) : fc.constant(undefined),
      answers: fc.tuple(...q.questions.map((x) => participantAnswerArb(x, withTexts))),
    })
    .map((r) => {
      const answers: Participant['answers'] = {};
      q.questions.forEach((x, i) => {
        const a = r.answers[i];
        if (a) answers[x.id] = a;
      });
      return {
        key: r.key,
        revision: r.revision,
        ...(r.name ? { name: r.name } : {}),
        ...(r.role ? { role: r.role } : {}),
        ...(r.proxy ? { proxy: true } : {}),
        ...(r.notes ? { notes: r.notes } : {}),
        answers,
      };
    });
}
