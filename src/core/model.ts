import type { Action } from '../schema/actions-schema.js';
import type { Condition, Level, Option, QuestionKindId, Stage } from '../schema/questionnaire-schema.js';
import type { Lang } from './lang.js';
import type { Worksheets } from '../schema/worksheets-schema.js';
import type { Workshop } from './workshop-model.js';

export type { Action, Condition, Level, Option, QuestionKindId, Stage, Worksheets };

/** A question after defaults are applied: every kind has concrete options and full points. */
export interface Question {
  id: string;
  stage: string;
  prompt: string;
  help?: string;
  kind: QuestionKindId;
  options: Option[];
  /** Points that make a full answer (ratio 1). */
  maxPoints: number;
  weight: number;
  allowNa: boolean;
  when?: Condition;
  actions: string[];
  weakBelow: number;
}

/** One language of one questionnaire version, ready for scoring. */
export interface Questionnaire {
  id: string;
  version: number;
  lang: Lang;
  title: string;
  introduction: string;
  stages: Stage[];
  levels: Level[];
  questions: Question[];
}

/** A normalised answer: option id(s), or "not applicable", with the assessor's note. */
export interface Answer {
  value?: string | string[];
  na?: boolean;
  note?: string;
}

export type Answers = Record<string, Answer>;

export interface Company {
  name: string;
  sector: string;
  employees: number;
  location: string;
}

export interface QuestionnaireRef {
  id: string;
  version: number;
  lang: Lang;
}

/** A company's assessment with answers reconciled against the current questionnaire. */
export interface Assessment {
  questionnaire: QuestionnaireRef;
  company: Company;
  date: string;
  assessor: string;
  publish: boolean;
  notes?: string;
  answers: Answers;
  baseline?: string;
  worksheets?: Worksheets;
  /** Present when the file records a workshop; `answers` then hold the group's consensus. */
  workshop?: Workshop;
}

/** Actions available to a questionnaire, by id, in its language. */
export type ActionIndex = ReadonlyMap<string, Action>;
