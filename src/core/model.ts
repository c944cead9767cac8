import type { Action } from '../schema/actions-schema.js';
import type { Condition, HorizonCapacity, Level, Option, PlanCapacity, QuestionKindId, Stage } from '../schema/questionnaire-schema.js';
import type { Lang } from './lang.js';
import type { Worksheets } from '../schema/worksheets-schema.js';
import type { Workshop } from './workshop-model.js';

export type { Action, Condition, HorizonCapacity, Level, Option, PlanCapacity, QuestionKindId, Stage, Worksheets };

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
  /** What reports made with it are called; the title when the author gives none. */
  reportTitle?: string;
  introduction: string;
  /** Whether stage order is a funnel: it drives the plan's funnel factor and the weakest-stage sentence. */
  funnel: boolean;
  /** The author's sentence after the weakest stage when stages follow it; `{later}` stands for their titles. */
  funnelNote?: string;
  /** The author's sentence when the weakest stage is the last one. */
  funnelEndNote?: string;
  stages: Stage[];
  levels: Level[];
  questions: Question[];
  /** Share of applicable questions a stage needs answered to be complete; 0.8 when absent. */
  minCompleteness?: number;
  /** The author's effort points per horizon and company size; the built-in table when absent. */
  capacity?: PlanCapacity;
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

/** A company as an assessment records it: the head count may still be unknown (left empty). */
export type AssessedCompany = Omit<Company, 'employees'> & { employees?: number };

export interface QuestionnaireRef {
  id: string;
  version: number;
  lang: Lang;
}

/** A company's assessment with answers reconciled against the current questionnaire. */
export interface Assessment {
  questionnaire: QuestionnaireRef;
  company: AssessedCompany;
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

/** A funding scheme as a report names it in one language: its name and its categories' names by id. */
export interface FundingNames {
  name: string;
  categories: Record<string, string>;
}

/** Actions available to a questionnaire, by id, in its language. */
export type ActionIndex = ReadonlyMap<string, Action>;
