import type { HandInProblem } from '../core/hand-in-code.js';
import { perCatalogue } from './catalogues.js';
import { plural } from './fill-text.js';
import type { ConsensusStatus } from '../core/workshop-model.js';

/** Words about workshops shared by the CLI, the Markdown and PDF reports and the board, from the language's catalogue. */
export interface WorkshopText {
  /** Why a hand-in was refused; `{q}` and `{v}` are the questionnaire and the version in the code. */
  problems: Record<HandInProblem, string>;
  status: Record<ConsensusStatus, string>;
  section: string;
  participants: (n: number) => string;
  proxies: (n: number) => string;
  noRole: string;
  anonymous: string;
  spread: string;
  consensus: string;
  min: string;
  median: string;
  max: string;
  disputed: string;
  noDisputed: string;
  agreed: string;
  disagreement: string;
  knowledgeGap: string;
  note: string;
  owner: string;
  open: string;
  noOpen: string;
  notApplicable: string;
  question: string;
  stage: string;
  roles: string;
  names: string;
  moreDisputed: (n: number) => string;
  legend: string;
}

/** Workshop words in a language (English where the language has no catalogue). */
export const workshopText = perCatalogue((cat): WorkshopText => {
  const t = cat.workshop;
  return {
    ...t,
    consensus: t.status.consensus,
    note: cat.shared.note,
    owner: cat.shared.owner,
    stage: cat.shared.stage,
    participants: (n) => plural(cat.lang, t.participants, n),
    proxies: (n) => plural(cat.lang, t.proxies, n),
    moreDisputed: (n) => plural(cat.lang, t.moreDisputed, n),
  };
});

/** A refusal's text with the questionnaire and version filled in. */
export function handInProblemText(lang: string, problem: HandInProblem, detail: { questionnaire?: string; version?: number } = {}): string {
  return workshopText(lang)
    .problems[problem].replace('{q}', detail.questionnaire ?? '?')
    .replace('{v}', String(detail.version ?? '?'));
}
