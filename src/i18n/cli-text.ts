import type { Lang } from '../core/lang.js';
import type { HorizonCapacity } from '../core/model.js';
import type { PlanHorizon } from '../core/horizon.js';
import type { BandWords } from './priority-words.js';

/** An incomplete stage that keeps the weakest stage from being named, and the answers it still needs. */
export interface OpenStage {
  title: string;
  remaining: number;
}

/** Words of the CLI's score report, in each supported language. */
export interface CliText extends BandWords {
  stage: string;
  score: string;
  level: string;
  completeness: string;
  overall: string;
  weakest: string;
  /** Said instead of a weakest stage while no stage is complete. */
  noWeakest: string;
  /** Said instead of a weakest stage while incomplete stages could still end below the lowest complete one. */
  weakestUnknown: (open: readonly OpenStage[]) => string;
  plan: string;
  noPlan: string;
  because: string;
  impact: string;
  effort: string;
  kitDigital: string;
  notScored: string;
  excluded: string;
  /** Said instead of a level while a stage (or the whole) is below the completeness bar. */
  answerMore: (n: number) => string;
  startHere: string;
  /** The one-line reason a start-here action comes first. */
  reason: (bands: string, stage: string, weakest: boolean) => string;
  capacity: (c: HorizonCapacity) => string;
  /** The same when the head count is unknown and the smallest company's room applies. */
  capacityUnknown: (c: HorizonCapacity) => string;
  horizons: Record<PlanHorizon, string>;
}

export const CLI_TEXT: Record<Lang, CliText> = {
  es: {
    stage: 'Etapa',
    score: 'Puntuación',
    level: 'Nivel',
    completeness: 'Respondidas',
    overall: 'Global',
    weakest: 'Etapa más débil',
    noWeakest: 'aún no se puede decir, ninguna etapa tiene respuestas suficientes',
    weakestUnknown: (open) =>
      `aún no se puede decir, hay pocas respuestas para comparar en ${open.map((o) => `${o.title} (responde ${o.remaining} más)`).join(', ')}`,
    plan: 'Plan de acción',
    noPlan: 'Ninguna respuesta pide acciones: no hay plan que proponer.',
    because: 'por',
    impact: 'impacto',
    effort: 'esfuerzo',
    kitDigital: 'Kit Digital',
    notScored: 'sin datos',
    excluded: 'Fuera del plan por tamaño de empresa',
    answerMore: (n) => (n === 1 ? 'provisional: responde 1 pregunta más' : `provisional: responde ${n} preguntas más`),
    startHere: 'Por dónde empezar',
    reason: (bands, stage, weakest) => `${bands}; mejora ${stage}${weakest ? ', la etapa más débil' : ''}`,
    capacity: (c) => `A la medida de la empresa: hasta ${c['30d']} puntos de esfuerzo en los primeros 30 días, ${c['90d']} más hasta los 90 días y ${c['6m']} más hasta los 6 meses.`,
    capacityUnknown: (c) => `Sin número de empleados, a la medida de la empresa más pequeña: hasta ${c['30d']} puntos de esfuerzo en los primeros 30 días, ${c['90d']} más hasta los 90 días y ${c['6m']} más hasta los 6 meses.`,
    impactBands: { high: 'impacto alto', medium: 'impacto medio', low: 'impacto bajo' },
    effortBands: { low: 'poco esfuerzo', medium: 'esfuerzo medio', high: 'mucho esfuerzo' },
    horizons: {
      '30d': 'Primeros 30 días (victorias rápidas)',
      '90d': 'En 90 días',
      '6m': 'En 6 meses o más',
      later: 'Más adelante (no cabe en lo que la empresa puede abordar ahora)',
    },
  },
  en: {
    stage: 'Stage',
    score: 'Score',
    level: 'Level',
    completeness: 'Answered',
    overall: 'Overall',
    weakest: 'Weakest stage',
    noWeakest: 'not known yet, no stage has enough answers',
    weakestUnknown: (open) =>
      `not known yet, too few answers to compare in ${open.map((o) => `${o.title} (answer ${o.remaining} more)`).join(', ')}`,
    plan: 'Action plan',
    noPlan: 'No answer calls for an action: there is no plan to propose.',
    because: 'because of',
    impact: 'impact',
    effort: 'effort',
    kitDigital: 'Kit Digital',
    notScored: 'no data',
    excluded: 'Left out for company size',
    answerMore: (n) => (n === 1 ? 'provisional: answer 1 more question' : `provisional: answer ${n} more questions`),
    startHere: 'Start here',
    reason: (bands, stage, weakest) => `${bands}; strengthens ${stage}${weakest ? ', the weakest stage' : ''}`,
    capacity: (c) => `Sized to the company: up to ${c['30d']} effort points in 30 days, ${c['90d']} more by 90 days and ${c['6m']} more by 6 months.`,
    capacityUnknown: (c) => `No head count given, so sized to the smallest company: up to ${c['30d']} effort points in 30 days, ${c['90d']} more by 90 days and ${c['6m']} more by 6 months.`,
    impactBands: { high: 'high impact', medium: 'medium impact', low: 'low impact' },
    effortBands: { low: 'low effort', medium: 'medium effort', high: 'high effort' },
    horizons: {
      '30d': 'First 30 days (quick wins)',
      '90d': 'Within 90 days',
      '6m': 'Six months or more',
      later: 'Later (more than the company can take on for now)',
    },
  },
};
