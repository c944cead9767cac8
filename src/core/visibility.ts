import type { Answers, Question } from './model.js';

/**
 * Which questions are shown for these answers. A condition names an earlier question, so one pass
 * in order settles every question; a question whose condition question is hidden, unanswered or
 * not applicable is hidden too.
 */
export function visibleQuestions(questions: readonly Question[], answers: Answers): Set<string> {
  const visible = new Set<string>();
  for (const q of questions) {
    if (!q.when || conditionHolds(q, answers, visible)) visible.add(q.id);
  }
  return visible;
}

function conditionHolds(q: Question, answers: Answers, visible: Set<string>): boolean {
  const cond = q.when!;
  if (!visible.has(cond.question)) return false;
  const answer = answers[cond.question];
  if (!answer || answer.na || answer.value === undefined) return false;
  const wanted = new Set(cond.in.map(String));
  const chosen = Array.isArray(answer.value) ? answer.value : [answer.value];
  return chosen.some((v) => wanted.has(v));
}
