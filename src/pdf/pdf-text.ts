import { perCatalogue } from '../i18n/catalogues.js';
import { fill } from '../i18n/fill-text.js';
import { planWords } from '../i18n/plan-words.js';
import type { PlanHorizon } from '../core/horizon.js';

/** Every word the PDF documents print, per language. */
export interface PdfText {
  sector: string;
  location: string;
  date: string;
  assessor: string;
  questionnaire: string;
  version: string;
  overall: string;
  score: string;
  level: string;
  stages: string;
  answered: string;
  radar: string;
  weakest: string;
  /** Names the weakest stage; the questionnaire's funnel sentence, if any, follows it. */
  lowest: (stage: string) => string;
  plan: string;
  noPlan: string;
  because: string;
  /** Heading of an action's further reading (its `resources`). */
  resources: string;
  /** "Priority 3 of 25": the action's rank over the whole plan. */
  rankOf: (rank: number, total: number) => string;
  impact: string;
  effort: string;
  matrix: string;
  matrixNote: string;
  notes: string;
  generalNotes: string;
  noNotes: string;
  page: (n: number, total: number) => string;
  notScored: string;
  horizons: Record<PlanHorizon, string>;
  summary: string;
  stage: string;
  completeness: string;
  /** Where a provisional score could still end, given its range (null: nothing to say yet). */
  provisional: (range: string | null) => string;
  /** One word marking a provisional figure in a chart. */
  provisionalWord: string;
  /** The overall level waits for every stage. */
  overallWaits: string;
  /** Said instead of naming a weakest stage while no stage is complete. */
  noWeakestYet: string;
  /** Said under the weakest stage when some stages were left out of the comparison. */
  onlyComplete: (incomplete: string[]) => string;
  startHere: string;
  /** Why the capacity-sized plan leaves these for later. */
  laterNote: string;
  /** "27.0 / 100" in the language's number format. */
  outOf100: (score: string) => string;
  continued: string;
  continuedTitle: string;
  empathy: {
    title: string;
    profile: string;
    thinksFeels: string;
    hears: string;
    sees: string;
    saysDoes: string;
    pains: string;
    gains: string;
    painsHint: string;
    gainsHint: string;
  };
  persona: {
    title: string;
    identity: string;
    name: string;
    age: string;
    occupation: string;
    location: string;
    goals: string;
    challenges: string;
    behaviour: string;
    channels: string;
    channelNames: Record<string, string>;
    objections: string;
    segmentation: string;
    segments: { value: string; socioDemographic: string; behavioural: string; psychographic: string };
    typology: string;
    families: { foreign: string; means: string; reality: string };
    types: Record<string, [string, string]>;
  };
  journey: {
    title: string;
    rows: { touchpoints: string; actions: string; emotions: string; expectations: string; painPoints: string; opportunities: string };
  };
  blank: string;
}

/** The PDF's words in a language (English where the language has no catalogue). */
export const pdfText = perCatalogue((cat): PdfText => {
  const s = cat.shared;
  const t = cat.pdf;
  return {
    ...t,
    persona: {
      ...t.persona,
      name: s.name,
      types: Object.fromEntries(Object.entries(t.persona.types).map(([k, v]) => [k, [v.name, v.description]])),
    },
    date: s.date,
    sector: s.sector,
    questionnaire: s.questionnaire,
    overall: s.overallScore,
    stages: s.scoreByStage,
    score: s.score,
    level: s.level,
    ...planWords(s),
    stage: s.stage,
    completeness: s.answered,
    provisionalWord: s.provisional,
    startHere: s.startHere,
    lowest: (stage) => fill(t.lowest, { stage }),
    rankOf: (rank, total) => fill(t.rankOf, { rank, total }),
    page: (n, total) => fill(t.page, { n, total }),
    provisional: (range) => (range ? fill(t.provisionalRange, { range }) : t.provisionalOpen),
    onlyComplete: (titles) => fill(t.onlyComplete, { stages: titles.join(', ') }),
    outOf100: (score) => fill(t.outOf100, { score }),
  };
});
