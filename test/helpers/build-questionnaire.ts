import type { Questionnaire, Question } from '../../src/core/model.js';
import { normalizeQuestionnaire } from '../../src/model/normalize-questionnaire.js';
import type { QuestionnaireSource } from '../../src/schema/questionnaire-schema.js';

/** A small questionnaire from partial source questions, normalised as the loader would. */
export function buildQuestionnaire(questions: QuestionnaireSource['questions'], stages = ['presence', 'sales']): Questionnaire {
  return normalizeQuestionnaire({
    id: 'test',
    version: 1,
    lang: 'en',
    title: 'Test',
    introduction: '',
    stages: stages.map((id) => ({ id, title: id.toUpperCase(), description: '', weight: 1 })),
    levels: [
      { id: 'low', label: 'Low', description: '', min: 0 },
      { id: 'mid', label: 'Mid', description: '', min: 50 },
      { id: 'high', label: 'High', description: '', min: 80 },
    ],
    questions,
  });
}

export function question(q: Questionnaire, id: string): Question {
  const found = q.questions.find((x) => x.id === id);
  if (!found) throw new Error(`no question ${id}`);
  return found;
}
