import { aggregateWorkshop } from '../core/workshop-aggregate.js';
import type { ConsensusEntry, ConsensusStatus } from '../core/workshop-model.js';
import { workshopText } from '../i18n/workshop-text.js';
import { answerLabel, type ReportInput } from './report-input.js';

/** How many disputed questions the report details; the rest are counted. */
export const DISPUTED_SHOWN = 8;

export interface WorkshopStageRow {
  title: string;
  consensus: number | null;
  min: number | null;
  median: number | null;
  max: number | null;
  /** Each participant's own stage score, lowest first. */
  scores: number[];
}

export interface WorkshopQuestionRow {
  id: string;
  prompt: string;
  disagreement: number;
  status: ConsensusStatus;
  /** The agreed answer in words, or the votes of the last round when still open. */
  answer: string;
  note?: string;
  owner?: string;
}

/** What the report says about a workshop, the same in the PDF and the Markdown. */
export interface WorkshopSummary {
  participants: number;
  proxies: number;
  /** Role tag (or "no role") and how many took part in it, most first. */
  roles: { role: string; count: number }[];
  /** Display names, only when the workshop shows names to everyone. */
  names: string[];
  anonymous: boolean;
  stages: WorkshopStageRow[];
  disputed: WorkshopQuestionRow[];
  moreDisputed: number;
  open: WorkshopQuestionRow[];
}

function votes(input: ReportInput, id: string, entry: ConsensusEntry | undefined): string {
  const q = input.questionnaire.questions.find((x) => x.id === id)!;
  const t = workshopText(input.questionnaire.lang);
  const round = entry?.rounds.at(-1);
  if (!round) return '—';
  return Object.entries(round.distribution)
    .sort((a, b) => b[1] - a[1])
    .map(
      ([option, n]) =>
        `${n} × ${option === 'na' ? t.notApplicable : option === 'dontKnow' ? t.knowledgeGap : (q.options.find((o) => o.id === option)?.label ?? option)}`,
    )
    .join('; ');
}

function row(input: ReportInput, id: string, disagreement: number): WorkshopQuestionRow {
  const q = input.questionnaire.questions.find((x) => x.id === id)!;
  const entry = input.assessment.workshop?.consensus[id];
  const status = entry?.status ?? 'open';
  const na = workshopText(input.questionnaire.lang).notApplicable;
  const answer =
    status === 'open'
      ? votes(input, id, entry)
      : answerLabel(q, entry!.na ? { na: true } : { ...(entry!.value === undefined ? {} : { value: entry!.value }) }, na);
  return {
    id,
    prompt: q.prompt,
    disagreement,
    status,
    answer,
    ...(entry?.note ? { note: entry.note } : {}),
    ...(entry?.owner ? { owner: entry.owner } : {}),
  };
}

/** The workshop part of a report, or undefined for a plain assessment. */
export function workshopSummary(input: ReportInput): WorkshopSummary | undefined {
  const w = input.assessment.workshop;
  if (!w) return undefined;
  const q = input.questionnaire;
  const t = workshopText(q.lang);
  const aggregate = aggregateWorkshop(q, w.participants);
  const roles = new Map<string, number>();
  for (const p of w.participants) roles.set(p.role ?? t.noRole, (roles.get(p.role ?? t.noRole) ?? 0) + 1);
  const disagreementOf = new Map(aggregate.questions.map((x) => [x.id, x.disagreement]));
  const open = q.questions.filter((x) => w.consensus[x.id]?.status === 'open').map((x) => row(input, x.id, disagreementOf.get(x.id) ?? 0));
  return {
    participants: w.participants.length,
    proxies: w.participants.filter((p) => p.proxy).length,
    roles: [...roles].map(([role, count]) => ({ role, count })).sort((a, b) => b.count - a.count || a.role.localeCompare(b.role)),
    names: w.anonymity === 'everyone' ? w.participants.flatMap((p) => (p.name ? [p.name] : [])) : [],
    anonymous: w.anonymity !== 'everyone',
    stages: q.stages.map((stage) => {
      const spread = aggregate.stages.find((s) => s.stage === stage.id)!;
      return {
        title: stage.title,
        consensus: input.result.score.stages.find((s) => s.id === stage.id)?.score ?? null,
        min: spread.min,
        median: spread.median,
        max: spread.max,
        scores: Object.values(spread.scores)
          .filter((x): x is number => x !== null)
          .sort((a, b) => a - b),
      };
    }),
    disputed: aggregate.disputed.slice(0, DISPUTED_SHOWN).map((id) => row(input, id, disagreementOf.get(id)!)),
    moreDisputed: Math.max(0, aggregate.disputed.length - DISPUTED_SHOWN),
    open,
  };
}
