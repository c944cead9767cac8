import type { Answer, Answers, Questionnaire } from './model.js';
import { questionKind } from './question-kinds.js';

export interface StoredDrop {
  question: string;
  reason: 'question removed' | 'answer no longer valid' | 'not applicable no longer allowed';
}

/**
 * Keeps the saved answers that still fit the questionnaire (the question exists, the options are
 * valid, "not applicable" is still allowed) and lists the rest. Used when a visitor's answers were
 * saved under an older questionnaire version, or arrive in an imported file or a shared link.
 */
export function reconcileStored(q: Questionnaire, saved: Record<string, unknown>): { answers: Answers; dropped: StoredDrop[] } {
  const answers: Answers = {};
  const dropped: StoredDrop[] = [];
  for (const [id, raw] of Object.entries(saved)) {
    const question = q.questions.find((x) => x.id === id);
    if (!question) {
      dropped.push({ question: id, reason: 'question removed' });
      continue;
    }
    const a = (raw ?? {}) as Answer;
    if (typeof a !== 'object' || Array.isArray(a)) {
      dropped.push({ question: id, reason: 'answer no longer valid' });
      continue;
    }
    if (a.na) {
      if (question.allowNa) answers[id] = { na: true, ...(a.note ? { note: a.note } : {}) };
      else dropped.push({ question: id, reason: 'not applicable no longer allowed' });
      continue;
    }
    if (a.value === undefined) continue;
    const normalized = questionKind(question.kind).normalize(question, a.value);
    if (normalized.ok) answers[id] = { value: normalized.value, ...(typeof a.note === 'string' ? { note: a.note } : {}) };
    else dropped.push({ question: id, reason: 'answer no longer valid' });
  }
  return { answers, dropped };
}
