import type { Answer, Answers, Questionnaire } from './model.js';
import { questionKind } from './question-kinds.js';

export interface StoredDrop {
  question: string;
  reason: 'question removed' | 'answer no longer valid' | 'not applicable no longer allowed';
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Keeps the saved answers that still fit the questionnaire (the question exists, the options are
 * valid, "not applicable" is still allowed) and lists the rest. Used for a visitor's saved answers of
 * any version (storage can be edited or damaged, so nothing in it is trusted), and for answers that
 * arrive in an imported file or a shared link. Anything that is not a plain object of answers keeps nothing.
 */
export function reconcileStored(q: Questionnaire, saved: unknown): { answers: Answers; dropped: StoredDrop[] } {
  const answers: Answers = {};
  const dropped: StoredDrop[] = [];
  if (!isRecord(saved)) return { answers, dropped };
  for (const [id, raw] of Object.entries(saved)) {
    const question = q.questions.find((x) => x.id === id);
    if (!question) {
      dropped.push({ question: id, reason: 'question removed' });
      continue;
    }
    if (!isRecord(raw)) {
      dropped.push({ question: id, reason: 'answer no longer valid' });
      continue;
    }
    const note = typeof raw.note === 'string' ? { note: raw.note } : {};
    if (raw.na !== undefined && raw.na !== false) {
      // Only a literal true marks "not applicable", and never together with a value.
      if (raw.na !== true || raw.value !== undefined) dropped.push({ question: id, reason: 'answer no longer valid' });
      else if (question.allowNa) answers[id] = { na: true, ...note } satisfies Answer;
      else dropped.push({ question: id, reason: 'not applicable no longer allowed' });
      continue;
    }
    if (raw.value === undefined) continue;
    // Stored values are option ids: strings, or for multiple choice a list of strings.
    const value = raw.value;
    const shapeOk =
      question.kind === 'multiple' ? Array.isArray(value) && value.every((v) => typeof v === 'string') : typeof value === 'string';
    const normalized = shapeOk ? questionKind(question.kind).normalize(question, value) : undefined;
    if (normalized?.ok) answers[id] = { value: normalized.value, ...note };
    else dropped.push({ question: id, reason: 'answer no longer valid' });
  }
  return { answers, dropped };
}
