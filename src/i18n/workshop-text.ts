import type { HandInProblem } from '../core/hand-in-code.js';
import type { Lang } from '../core/lang.js';
import type { ConsensusStatus } from '../core/workshop-model.js';

/** Words about workshops shared by the CLI, the Markdown and PDF reports and the board, per language. */
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

export const WORKSHOP_TEXT: Record<Lang, WorkshopText> = {
  es: {
    problems: {
      empty: 'no hay ningún código',
      'not-a-hand-in': 'no es un código ni un enlace de entrega',
      'unsupported-format': 'lo hizo una versión más nueva de digimat; actualiza esta antes de recogerlo',
      truncated: 'el código está incompleto: vuelve a escanearlo o a copiarlo entero',
      tampered: 'el código está alterado o mal leído (la suma de control no cuadra): vuelve a escanearlo',
      'foreign-questionnaire': 'es de un cuestionario que este taller no usa',
      'other-version': 'se hizo con la versión {v} de {q}; el taller usa otra versión',
      'questionnaire-changed': 'se hizo con otra edición de {q} versión {v}: sus preguntas han cambiado',
    },
    status: { unanimous: 'unánime', consensus: 'consenso', decided: 'decidido', open: 'abierta' },
    section: 'Taller',
    participants: (n) => (n === 1 ? '1 participante' : `${n} participantes`),
    proxies: (n) => (n === 1 ? '1 respondió en papel' : `${n} respondieron en papel`),
    noRole: 'sin rol',
    anonymous: 'Los nombres de los participantes no aparecen en este informe.',
    spread: 'Dispersión por etapa',
    consensus: 'consenso',
    min: 'mín.',
    median: 'mediana',
    max: 'máx.',
    disputed: 'Donde más se discrepó',
    noDisputed: 'Ninguna pregunta tuvo una discrepancia de 0,5 o más.',
    agreed: 'Acordado',
    disagreement: 'discrepancia',
    knowledgeGap: 'no lo sabían',
    note: 'Nota',
    owner: 'Responsable',
    open: 'Preguntas abiertas',
    noOpen: 'No queda ninguna pregunta abierta.',
    notApplicable: 'no aplica',
    question: 'Pregunta',
    stage: 'Etapa',
    roles: 'Roles',
    names: 'Participaron',
    moreDisputed: (n) => (n === 1 ? 'Y 1 pregunta más con discrepancia alta.' : `Y ${n} preguntas más con discrepancia alta.`),
    legend: 'Cada punto es la puntuación de un participante; la franja va del mínimo al máximo, la raya marca la mediana y el rombo el consenso.',
  },
  en: {
    problems: {
      empty: 'there is no code',
      'not-a-hand-in': 'this is neither a hand-in code nor a hand-in link',
      'unsupported-format': 'made by a newer digimat; update this one before collecting it',
      truncated: 'the code is cut short: scan it again or copy all of it',
      tampered: 'the code was altered or misread (its checksum does not match): scan it again',
      'foreign-questionnaire': 'it is for a questionnaire this workshop does not use',
      'other-version': 'made on version {v} of {q}; the workshop uses another version',
      'questionnaire-changed': 'made on another edition of {q} version {v}: its questions changed',
    },
    status: { unanimous: 'unanimous', consensus: 'consensus', decided: 'decided', open: 'open' },
    section: 'Workshop',
    participants: (n) => (n === 1 ? '1 participant' : `${n} participants`),
    proxies: (n) => (n === 1 ? '1 answered on paper' : `${n} answered on paper`),
    noRole: 'no role',
    anonymous: "Participants' names are left out of this report.",
    spread: 'Spread by stage',
    consensus: 'consensus',
    min: 'min',
    median: 'median',
    max: 'max',
    disputed: 'Where the team disagreed most',
    noDisputed: 'No question reached a disagreement of 0.5 or more.',
    agreed: 'Agreed',
    disagreement: 'disagreement',
    knowledgeGap: "didn't know",
    note: 'Note',
    owner: 'Owner',
    open: 'Open questions',
    noOpen: 'No question is left open.',
    notApplicable: 'not applicable',
    question: 'Question',
    stage: 'Stage',
    roles: 'Roles',
    names: 'Took part',
    moreDisputed: (n) => (n === 1 ? 'And 1 more question with high disagreement.' : `And ${n} more questions with high disagreement.`),
    legend: "Each dot is one participant's score; the band runs from the lowest to the highest, the bar marks the median and the diamond the consensus.",
  },
};

/** A refusal's text with the questionnaire and version filled in. */
export function handInProblemText(lang: Lang, problem: HandInProblem, detail: { questionnaire?: string; version?: number } = {}): string {
  return WORKSHOP_TEXT[lang].problems[problem].replace('{q}', detail.questionnaire ?? '?').replace('{v}', String(detail.version ?? '?'));
}
