import type { Questionnaire } from '../core/model.js';
import type { ParticipantAnswer } from '../core/workshop-model.js';
import { visibleQuestions } from '../core/visibility.js';

/**
 * Whether a participant has finished: every question their own answers show is answered (an option,
 * "not applicable" or "I don't know"). Counting against all questions would never finish anyone
 * whose answers hide a follow-up question.
 */
export function participantFinished(q: Questionnaire, answers: Readonly<Record<string, ParticipantAnswer>>): boolean {
  const visible = visibleQuestions(q.questions, answers);
  if (visible.size === 0) return false;
  for (const id of visible) {
    const a = answers[id];
    if (!a || (a.value === undefined && !a.na && !a.dontKnow)) return false;
  }
  return true;
}
