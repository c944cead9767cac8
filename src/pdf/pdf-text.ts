import type { Lang } from '../core/lang.js';
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
  kitDigital: string;
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

export const PDF_TEXT: Record<Lang, PdfText> = {
  es: {
    sector: 'Sector',
    location: 'Ubicación',
    date: 'Fecha',
    assessor: 'Evaluación realizada por',
    questionnaire: 'Cuestionario',
    version: 'versión',
    overall: 'Puntuación global',
    score: 'Puntuación',
    level: 'Nivel',
    stages: 'Puntuación por etapa',
    answered: 'respondidas',
    radar: 'Perfil por etapas',
    weakest: 'La etapa más débil',
    lowest: (s) => `${s} es la etapa con la puntuación más baja.`,
    plan: 'Plan de acción',
    noPlan: 'Ninguna respuesta pide acciones: no hay plan que proponer.',
    because: 'Por qué',
    resources: 'Para saber más',
    rankOf: (rank, total) => `Prioridad ${rank} de ${total}`,
    impact: 'Impacto',
    effort: 'Esfuerzo',
    kitDigital: 'Kit Digital',
    matrix: 'Matriz de impacto y esfuerzo',
    matrixNote: 'Cada número es una acción del plan. Arriba a la izquierda: mucho impacto con poco esfuerzo.',
    notes: 'Notas del evaluador',
    generalNotes: 'Notas generales',
    noNotes: 'No hay notas por pregunta.',
    page: (n, t) => `Página ${n} de ${t}`,
    notScored: 'sin datos',
    horizons: { '30d': 'Primeros 30 días', '90d': 'En 90 días', '6m': 'En 6 meses o más', later: 'Más adelante' },
    summary: 'Resumen',
    stage: 'Etapa',
    completeness: 'Respondidas',
    provisional: (r) => (r ? `Según lo que falta por responder, puede quedar entre ${r}.` : 'Faltan respuestas.'),
    provisionalWord: 'provisional',
    overallWaits: 'El nivel global se da cuando todas las etapas tienen respuestas suficientes.',
    noWeakestYet: 'Aún no se puede señalar la etapa más débil: ninguna tiene respuestas suficientes para compararla con las demás. Completa las preguntas pendientes y vuelve a generar el informe.',
    onlyComplete: (titles) => `Solo se comparan las etapas con respuestas suficientes; faltan respuestas en ${titles.join(', ')}.`,
    startHere: 'Por dónde empezar',
    laterNote: 'Estas acciones no caben en lo que la empresa puede abordar en los próximos seis meses. Quedan anotadas para cuando avance lo anterior.',
    outOf100: (s) => `${s} / 100`,
    continued: '(continúa en la página de anexo)',
    continuedTitle: 'Anexo: textos completos',
    empathy: {
      title: 'Mapa de empatía',
      profile: 'Perfil de cliente',
      thinksFeels: 'Qué piensa y siente',
      hears: 'Qué oye',
      sees: 'Qué ve',
      saysDoes: 'Qué dice y hace',
      pains: 'Dolores',
      gains: 'Ganancias',
      painsHint: 'miedos, frustraciones, obstáculos',
      gainsHint: 'deseos, necesidades, cómo mide el éxito',
    },
    persona: {
      title: 'Buyer persona',
      identity: 'Identidad',
      name: 'Nombre',
      age: 'Edad',
      occupation: 'Ocupación',
      location: 'Lugar',
      goals: 'Objetivos',
      challenges: 'Retos',
      behaviour: 'Comportamiento de compra',
      channels: 'Canales preferidos',
      channelNames: { email: 'Correo electrónico', chat: 'Chat', social: 'Redes sociales', phone: 'Teléfono', messaging: 'Mensajería', faq: 'Preguntas frecuentes', store: 'Tienda física' },
      objections: 'Objeciones',
      segmentation: 'Segmentación',
      segments: { value: 'Por valor', socioDemographic: 'Sociodemográfica', behavioural: 'Por comportamiento', psychographic: 'Psicográfica' },
      typology: 'Tipo de consumidor digital',
      families: { foreign: 'La tecnología como algo ajeno', means: 'La tecnología como medio', reality: 'La tecnología como realidad propia' },
      types: {
        outsider: ['Desconectado', 'No le atrae y se mantiene al margen.'],
        'basic-user': ['Usuario básico', 'Sabe que le sirve, pero no vive pendiente de ella.'],
        'techno-aspirational': ['Tecnoaspirante', 'Cierta dependencia y mucho ocio en línea.'],
        'moderate-utilitarian': ['Utilitarista moderado', 'Internet y el móvil le son imprescindibles, sin ir a la vanguardia.'],
        'passionate-utilitarian': ['Utilitarista apasionado', 'Amplía con ella sus límites personales y de trabajo.'],
        'socio-digital': ['Sociodigital', 'Muy dependiente de lo digital, con vida fuera de ello.'],
        technoholic: ['Tecnoadicto', 'La valora por encima de casi todo; poco ocio sin ella.'],
      },
    },
    journey: {
      title: 'Mapa del recorrido del cliente',
      rows: { touchpoints: 'Puntos de contacto', actions: 'Acciones del cliente', emotions: 'Emociones', expectations: 'Expectativas', painPoints: 'Puntos de dolor', opportunities: 'Oportunidades' },
    },
    blank: 'Plantilla en blanco',
  },
  en: {
    sector: 'Sector',
    location: 'Location',
    date: 'Date',
    assessor: 'Assessed by',
    questionnaire: 'Questionnaire',
    version: 'version',
    overall: 'Overall score',
    score: 'Score',
    level: 'Level',
    stages: 'Score by stage',
    answered: 'answered',
    radar: 'Profile by stage',
    weakest: 'The weakest stage',
    lowest: (s) => `${s} has the lowest score.`,
    plan: 'Action plan',
    noPlan: 'No answer calls for an action: there is no plan to propose.',
    because: 'Why',
    resources: 'Further reading',
    rankOf: (rank, total) => `Priority ${rank} of ${total}`,
    impact: 'Impact',
    effort: 'Effort',
    kitDigital: 'Kit Digital',
    matrix: 'Impact and effort matrix',
    matrixNote: 'Each number is an action of the plan. Top left: high impact for little effort.',
    notes: "Assessor's notes",
    generalNotes: 'General notes',
    noNotes: 'There are no notes on questions.',
    page: (n, t) => `Page ${n} of ${t}`,
    notScored: 'no data',
    horizons: { '30d': 'First 30 days', '90d': 'Within 90 days', '6m': 'Six months or more', later: 'Later' },
    summary: 'Summary',
    stage: 'Stage',
    completeness: 'Answered',
    provisional: (r) => (r ? `Depending on the answers still missing, it could end between ${r}.` : 'Answers are missing.'),
    provisionalWord: 'provisional',
    overallWaits: 'The overall level is given once every stage has enough answers.',
    noWeakestYet: 'The weakest stage cannot be named yet: no stage has enough answers to compare it with the others. Answer the open questions and make the report again.',
    onlyComplete: (titles) => `Only stages with enough answers are compared; ${titles.join(', ')} still need more.`,
    startHere: 'Start here',
    laterNote: 'These actions are more than the company can take on in the next six months. They are kept for when the earlier work is done.',
    outOf100: (s) => `${s} / 100`,
    continued: '(continued on the annex page)',
    continuedTitle: 'Annex: full texts',
    empathy: {
      title: 'Empathy map',
      profile: 'Customer profile',
      thinksFeels: 'Thinks and feels',
      hears: 'Hears',
      sees: 'Sees',
      saysDoes: 'Says and does',
      pains: 'Pains',
      gains: 'Gains',
      painsHint: 'fears, frustrations, obstacles',
      gainsHint: 'wants, needs, measures of success',
    },
    persona: {
      title: 'Buyer persona',
      identity: 'Identity',
      name: 'Name',
      age: 'Age',
      occupation: 'Occupation',
      location: 'Location',
      goals: 'Goals',
      challenges: 'Challenges',
      behaviour: 'Buying behaviour',
      channels: 'Preferred channels',
      channelNames: { email: 'E-mail', chat: 'Chat', social: 'Social networks', phone: 'Phone', messaging: 'Messaging', faq: 'FAQ', store: 'In store' },
      objections: 'Objections',
      segmentation: 'Segmentation',
      segments: { value: 'By value', socioDemographic: 'Socio-demographic', behavioural: 'Behavioural', psychographic: 'Psychographic' },
      typology: 'Digital consumer type',
      families: { foreign: 'Technology as something foreign', means: 'Technology as a means', reality: 'Technology as their own reality' },
      types: {
        outsider: ['Outsider', 'Not drawn to it; stays apart.'],
        'basic-user': ['Basic user', 'Knows it is useful, is not absorbed by it.'],
        'techno-aspirational': ['Techno-aspirational', 'Somewhat dependent, much leisure online.'],
        'moderate-utilitarian': ['Moderate utilitarian', 'Internet and phone are indispensable, not at the cutting edge.'],
        'passionate-utilitarian': ['Passionate utilitarian', 'Uses it to push back the limits of work and personal life.'],
        'socio-digital': ['Socio-digital', 'Very dependent on digital life, yet with a life beyond it.'],
        technoholic: ['Technoholic', 'Values technology above almost everything; little leisure without it.'],
      },
    },
    journey: {
      title: 'Customer journey map',
      rows: { touchpoints: 'Touchpoints', actions: 'Customer actions', emotions: 'Emotions', expectations: 'Expectations', painPoints: 'Pain points', opportunities: 'Opportunities' },
    },
    blank: 'Blank worksheet',
  },
};
