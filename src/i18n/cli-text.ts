import type { Lang } from '../core/lang.js';
import type { Horizon } from '../core/horizon.js';

/** Words of the CLI's score report, in each supported language. */
export interface CliText {
  stage: string;
  score: string;
  level: string;
  completeness: string;
  overall: string;
  weakest: string;
  plan: string;
  noPlan: string;
  because: string;
  priority: string;
  impact: string;
  effort: string;
  kitDigital: string;
  notScored: string;
  excluded: string;
  horizons: Record<Horizon, string>;
}

export const CLI_TEXT: Record<Lang, CliText> = {
  es: {
    stage: 'Etapa',
    score: 'Puntuación',
    level: 'Nivel',
    completeness: 'Respondidas',
    overall: 'Global',
    weakest: 'Etapa más débil',
    plan: 'Plan de acción',
    noPlan: 'Ninguna respuesta pide acciones: no hay plan que proponer.',
    because: 'por',
    priority: 'prioridad',
    impact: 'impacto',
    effort: 'esfuerzo',
    kitDigital: 'Kit Digital',
    notScored: 'sin datos',
    excluded: 'Fuera del plan por tamaño de empresa',
    horizons: { '30d': 'Primeros 30 días (victorias rápidas)', '90d': 'En 90 días', '6m': 'En 6 meses o más' },
  },
  en: {
    stage: 'Stage',
    score: 'Score',
    level: 'Level',
    completeness: 'Answered',
    overall: 'Overall',
    weakest: 'Weakest stage',
    plan: 'Action plan',
    noPlan: 'No answer calls for an action: there is no plan to propose.',
    because: 'because of',
    priority: 'priority',
    impact: 'impact',
    effort: 'effort',
    kitDigital: 'Kit Digital',
    notScored: 'no data',
    excluded: 'Left out for company size',
    horizons: { '30d': 'First 30 days (quick wins)', '90d': 'Within 90 days', '6m': 'Six months or more' },
  },
};
