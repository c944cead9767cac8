import type { Questionnaire } from '../core/model.js';
import { questionKind } from '../core/question-kinds.js';
import type { QuestionnaireSource } from '../schema/questionnaire-schema.js';

/** Applies defaults (weights, yes/no and 0-4 options, full points) to a schema-valid questionnaire. */
export function normalizeQuestionnaire(src: QuestionnaireSource): Questionnaire {
  return {
    id: src.id,
    version: src.version,
    lang: src.lang,
    title: src.title,
    ...(src.reportTitle === undefined ? {} : { reportTitle: src.reportTitle }),
    introduction: src.introduction,
    funnel: src.funnel ?? false,
    ...(src.funnelNote === undefined ? {} : { funnelNote: src.funnelNote }),
    ...(src.funnelEndNote === undefined ? {} : { funnelEndNote: src.funnelEndNote }),
    stages: src.stages,
    levels: src.levels,
    ...(src.minCompleteness === undefined ? {} : { minCompleteness: src.minCompleteness }),
    ...(src.capacity ? { capacity: src.capacity } : {}),
    questions: src.questions.map((q) => {
      const kind = questionKind(q.kind);
      const options = q.options ?? kind.defaultOptions(src.lang) ?? [];
      return {
        id: q.id,
        stage: q.stage,
        prompt: q.prompt,
        ...(q.help === undefined ? {} : { help: q.help }),
        kind: q.kind,
        options,
        maxPoints: kind.maxPoints(options, q.max),
        weight: q.weight ?? 1,
        allowNa: q.allowNa ?? false,
        ...(q.when ? { when: q.when } : {}),
        actions: q.actions ?? [],
        weakBelow: q.weakBelow ?? 1,
      };
    }),
  };
}
