import type { PlanHorizon } from '../core/horizon.js';
import type { BandWords } from '../i18n/priority-words.js';
import type { Lang } from '../core/lang.js';

/** Every word the site shows around the content, per language. */
export interface SiteText {
  langName: string;
  otherLang: string;
  siteTitle: string;
  tagline: string;
  skip: string;
  nav: { home: string; course: string; search: string; worksheets: string };
  home: { intro: string; questionnaires: string; start: string; course: string; worksheets: string; worksheetsIntro: string; published: string; privacy: string };
  q: {
    stepOf: string;
    previous: string;
    next: string;
    finish: string;
    na: string;
    noScript: string;
    saved: string;
    restored: string;
    dropped: string;
    progress: string;
    help: string;
    questionsIn: string;
    clear: string;
    clearConfirm: string;
    /** The explicit "none of these" of a multiple-choice question: answered, no points. */
    none: string;
  };
  r: {
    title: string;
    /** Shown without JavaScript: the results are worked out in the browser from the saved answers. */
    noScript: string;
    overall: string;
    level: string;
    stage: string;
    score: string;
    answered: string;
    weakest: string;
    weakestHolds: string;
    noWeakest: string;
    /** Said while incomplete stages could still end below the lowest complete one. */
    weakestUnknown: string;
    /** One incomplete stage that keeps the weakest from being named: {stage}, {n} answers still needed. */
    weakestOpen: string;
    radar: string;
    plan: string;
    noPlan: string;
    because: string;
    impact: string;
    effort: string;
    priority: string;
    kitDigital: string;
    learnMore: string;
    /** Heading of an action's further reading (its `resources`). */
    resources: string;
    excluded: string;
    empty: string;
    emptyLink: string;
    print: string;
    downloadPdf: string;
    export: string;
    exportYaml: string;
    exportJson: string;
    import: string;
    importDone: string;
    importRefused: string;
    share: string;
    shareCopied: string;
    shareHint: string;
    shareBroken: string;
    fromShare: string;
    edit: string;
    notScored: string;
    horizons: Record<PlanHorizon, string>;
    /** Under the "later" heading: why these actions wait. */
    laterNote: string;
    /** A score below the completeness bar. */
    provisional: string;
    /** The range a provisional score could still end in: {min}, {max}. */
    range: string;
    answerMoreOne: string;
    /** {n} more answers reach the bar. */
    answerMore: string;
    /** {answered} of {total} ({percent}). */
    completeness: string;
    startHere: string;
    /** One line on why a start-here action comes first: {bands}, {stage}. */
    reason: string;
    reasonWeakest: string;
    /** {rank} of {total}. */
    rank: string;
    /** The summary that opens the full plan: {n} actions. */
    showPlan: string;
    /** How the plan was sized: {d30}, {d90}, {m6} effort points. */
    capacity: string;
    /** The same with no head count given. */
    capacityUnknown: string;
    bands: BandWords;
    company: string;
    date: string;
    assessor: string;
    notes: string;
  };
  course: { title: string; contents: string; previous: string; next: string; module: string };
  search: { title: string; label: string; fileNotice: string; noJs: string };
  offline: string;
  /** Words for the questionnaire and results pages' navigation, import and saved-answer checks. */
  ui: UiText;
}

/** Plural forms, picked with Intl.PluralRules for the page's language. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface UiText {
  quickTools: string;
  quickPdf: string;
  quickExport: string;
  quickShare: string;
  moreTools: string;
  questionCount: PluralText;
  unanswered: PluralText;
  goToFirst: string;
  storedInvalid: string;
  storedUnreadable: string;
  importConfirm: string;
  imported: string;
  undo: string;
  undone: string;
  notAnswersFile: string;
  otherQuestionnaire: string;
  otherLanguage: string;
  newerVersion: string;
  atLine: string;
  damaged: string;
  duplicate: string;
  unknownQuestion: string;
  badAnswer: string;
  naNotAllowed: string;
  naWithValue: string;
  badValue: string;
  missingField: string;
  unknownField: string;
  worksheetRestored: string;
  worksheetClear: string;
}

export const SITE_TEXT: Record<Lang, SiteText> = {
  es: {
    langName: 'Español',
    otherLang: 'English',
    siteTitle: 'digimat',
    tagline: 'Diagnóstico de madurez del servicio digital para pymes',
    skip: 'Saltar al contenido',
    nav: { home: 'Inicio', course: 'Curso', search: 'Buscar', worksheets: 'Plantillas' },
    home: {
      intro: 'Mide en veinte minutos cómo atiende tu empresa al cliente en internet, desde que te busca hasta que vuelve a comprar, y llévate un plan de acción ordenado por prioridad.',
      questionnaires: 'Cuestionarios',
      start: 'Empezar el diagnóstico',
      course: 'Módulos del curso',
      worksheets: 'Plantillas de trabajo',
      worksheetsIntro: 'Mapa de empatía, buyer persona y mapa del recorrido del cliente, para imprimir o rellenar.',
      published: 'Diagnósticos publicados',
      privacy: 'Tus respuestas se guardan solo en este dispositivo. Nada sale de él salvo que tú lo exportes o compartas un enlace.',
    },
    q: {
      stepOf: 'Etapa {n} de {total}',
      previous: 'Anterior',
      next: 'Siguiente',
      finish: 'Ver resultados',
      na: 'No aplica',
      noScript: 'Sin JavaScript verás todas las etapas seguidas; al enviar, los resultados se calculan en la página siguiente.',
      saved: 'Respuestas guardadas en este dispositivo.',
      restored: 'Hemos recuperado las respuestas que dejaste guardadas.',
      dropped: 'El cuestionario ha cambiado desde tu última visita. Estas respuestas ya no encajan y se han descartado: {list}.',
      progress: '{answered} de {total} preguntas respondidas',
      help: 'Ayuda',
      questionsIn: 'Preguntas de la etapa',
      clear: 'Borrar mis respuestas',
      clearConfirm: '¿Borrar todas las respuestas guardadas en este dispositivo?',
      none: 'Ninguna de estas',
    },
    r: {
      title: 'Resultados',
      noScript: 'Los resultados se calculan en tu navegador a partir de las respuestas guardadas, así que esta página necesita JavaScript. Actívalo para ver las puntuaciones y el plan de acción.',
      overall: 'Puntuación global',
      level: 'Nivel',
      stage: 'Etapa',
      score: 'Puntuación',
      answered: 'Respondidas',
      weakest: 'Etapa más débil',
      weakestHolds: 'Es el eslabón que frena el resto del recorrido del cliente: empieza por aquí.',
      noWeakest: 'Ninguna etapa tiene todavía respuestas suficientes para decir cuál es la más débil.',
      weakestUnknown: 'Todavía no se puede decir cuál es la etapa más débil: alguna etapa con pocas respuestas podría quedar por debajo.',
      weakestOpen: '{stage} tiene pocas respuestas para compararla: responde {n} más.',
      radar: 'Puntuación por etapa',
      plan: 'Plan de acción',
      noPlan: 'Ninguna respuesta pide acciones: no hay plan que proponer.',
      because: 'Por qué',
      impact: 'Impacto',
      effort: 'Esfuerzo',
      priority: 'Prioridad',
      kitDigital: 'Kit Digital',
      learnMore: 'Aprende cómo',
      resources: 'Para saber más',
      excluded: 'Fuera del plan por el tamaño de la empresa',
      empty: 'Todavía no hay respuestas.',
      emptyLink: 'Responder el cuestionario',
      print: 'Imprimir',
      downloadPdf: 'Descargar el informe (PDF)',
      export: 'Exportar respuestas',
      exportYaml: 'YAML (diagnóstico)',
      exportJson: 'JSON',
      import: 'Importar respuestas',
      importDone: 'Respuestas importadas.',
      importRefused: 'No se ha importado nada: {reason}. Tus respuestas actuales siguen intactas.',
      share: 'Copiar enlace para compartir',
      shareCopied: 'Enlace copiado. Las respuestas viajan dentro del enlace, no en ningún servidor.',
      shareHint: 'Enlace para compartir',
      shareBroken: 'Este enlace compartido está dañado o incompleto y no se puede leer. Pide que te lo vuelvan a enviar.',
      fromShare: 'Estás viendo respuestas recibidas en un enlace. No se han guardado en este dispositivo.',
      edit: 'Revisar respuestas',
      notScored: 'sin datos',
      horizons: { '30d': 'Primeros 30 días', '90d': 'En 90 días', '6m': 'En 6 meses o más', later: 'Más adelante' },
      laterNote: 'Estas acciones no caben en lo que la empresa puede abordar en los próximos meses. Retómalas cuando avance el resto del plan.',
      provisional: 'Provisional',
      range: 'Con las preguntas que faltan podría quedar entre {min} y {max}.',
      answerMoreOne: 'Responde 1 pregunta más',
      answerMore: 'Responde {n} preguntas más',
      completeness: '{answered} de {total} preguntas respondidas ({percent})',
      startHere: 'Por dónde empezar',
      reason: '{bands}; mejora {stage}.',
      reasonWeakest: '{bands}; mejora {stage}, la etapa más débil.',
      rank: 'Puesto {rank} de {total}',
      showPlan: 'Ver el plan completo ({n} acciones)',
      capacity: 'A la medida de tu empresa: hasta {d30} puntos de esfuerzo en los primeros 30 días, {d90} más hasta los 90 días y {m6} más hasta los 6 meses.',
      capacityUnknown: 'Sin el número de empleados, el plan se ajusta a lo que puede abordar la empresa más pequeña: hasta {d30} puntos de esfuerzo en los primeros 30 días, {d90} más hasta los 90 días y {m6} más hasta los 6 meses.',
      bands: {
        impactBands: { high: 'Impacto alto', medium: 'Impacto medio', low: 'Impacto bajo' },
        effortBands: { low: 'poco esfuerzo', medium: 'esfuerzo medio', high: 'mucho esfuerzo' },
      },
      company: 'Empresa',
      date: 'Fecha',
      assessor: 'Evaluación',
      notes: 'Notas',
    },
    course: { title: 'Curso', contents: 'En esta página', previous: 'Anterior', next: 'Siguiente', module: 'Módulo' },
    search: {
      title: 'Buscar',
      label: 'Buscar en el curso y en la ayuda de los cuestionarios',
      fileNotice: 'La búsqueda necesita que el sitio se sirva desde un servidor web; abierto desde un archivo local no puede funcionar. El cuestionario y los resultados sí funcionan.',
      noJs: 'La búsqueda necesita JavaScript.',
    },
    offline: 'Sin conexión: estás viendo la copia guardada en este dispositivo.',
    ui: {
      quickTools: 'Qué hacer con tus resultados',
      quickPdf: 'Descargar PDF',
      quickExport: 'Exportar',
      quickShare: 'Compartir',
      moreTools: 'Más opciones',
      questionCount: { one: '{n} pregunta', other: '{n} preguntas' },
      unanswered: { one: 'Has dejado {n} pregunta sin responder en «{stage}».', other: 'Has dejado {n} preguntas sin responder en «{stage}».' },
      goToFirst: 'Ir a la primera',
      storedInvalid: 'Algunas respuestas guardadas en este dispositivo estaban dañadas y no se han tenido en cuenta: {list}.',
      storedUnreadable: 'Las respuestas guardadas en este dispositivo estaban dañadas y no se han podido recuperar.',
      importConfirm: 'El archivo sustituirá las respuestas que ya tienes en este dispositivo. ¿Seguir? Podrás deshacerlo.',
      imported: 'Respuestas cargadas desde {file}.',
      undo: 'Deshacer',
      undone: 'Has vuelto a las respuestas que tenías antes de cargar el archivo.',
      notAnswersFile: 'este archivo no es un archivo de respuestas de digimat',
      otherQuestionnaire: 'el archivo contiene respuestas de otro cuestionario',
      otherLanguage: 'el archivo es de la versión en otro idioma de este cuestionario; ábrelo en esa versión',
      newerVersion: 'el archivo se hizo con una versión más reciente del cuestionario que esta',
      atLine: 'línea {line}: {message}',
      damaged: 'el archivo está dañado a partir de aquí y no se puede leer',
      duplicate: 'la misma clave aparece dos veces',
      unknownQuestion: 'responde a una pregunta que este cuestionario no tiene ({id})',
      badAnswer: 'la respuesta a «{question}» no es ninguna de sus opciones',
      naNotAllowed: '«{question}» no admite la respuesta «No aplica»',
      naWithValue: '«{question}» está marcada como «No aplica» y también tiene respuesta',
      badValue: 'aquí hay un dato con un formato que no se esperaba',
      missingField: 'falta el dato «{id}»',
      unknownField: '«{id}» no es un dato que lleve un archivo de respuestas',
      worksheetRestored: 'Hemos recuperado lo que habías escrito en las plantillas.',
      worksheetClear: 'Vaciar esta plantilla',
    },
  },
  en: {
    langName: 'English',
    otherLang: 'Español',
    siteTitle: 'digimat',
    tagline: 'Digital service maturity assessment for small businesses',
    skip: 'Skip to content',
    nav: { home: 'Home', course: 'Course', search: 'Search', worksheets: 'Worksheets' },
    home: {
      intro: 'Find out in twenty minutes how well your company serves customers online, from the moment they look for you to the moment they buy again, and leave with an action plan in order of priority.',
      questionnaires: 'Questionnaires',
      start: 'Start the assessment',
      course: 'Course modules',
      worksheets: 'Worksheets',
      worksheetsIntro: 'Empathy map, buyer persona and customer journey map, to print or to fill in.',
      published: 'Published assessments',
      privacy: 'Your answers are stored only on this device. Nothing leaves it unless you export them or share a link.',
    },
    q: {
      stepOf: 'Stage {n} of {total}',
      previous: 'Previous',
      next: 'Next',
      finish: 'See results',
      na: 'Not applicable',
      noScript: 'Without JavaScript all stages are shown in a row; when you submit, the results are worked out on the next page.',
      saved: 'Answers saved on this device.',
      restored: 'We restored the answers you had saved.',
      dropped: 'The questionnaire has changed since your last visit. These answers no longer fit and were dropped: {list}.',
      progress: '{answered} of {total} questions answered',
      help: 'Help',
      questionsIn: 'Questions of the stage',
      clear: 'Clear my answers',
      clearConfirm: 'Clear every answer saved on this device?',
      none: 'None of these',
    },
    r: {
      title: 'Results',
      noScript: 'Your results are worked out in this browser from the answers it has saved, so this page needs JavaScript. Turn it on to see the scores and the action plan.',
      overall: 'Overall score',
      level: 'Level',
      stage: 'Stage',
      score: 'Score',
      answered: 'Answered',
      weakest: 'Weakest stage',
      weakestHolds: 'It is the link that holds back the rest of the customer journey: start here.',
      noWeakest: 'No stage has enough answers yet to say which one is the weakest.',
      weakestUnknown: 'The weakest stage cannot be named yet: a stage with few answers could still end lower.',
      weakestOpen: '{stage} has too few answers to compare: answer {n} more.',
      radar: 'Score by stage',
      plan: 'Action plan',
      noPlan: 'No answer calls for an action: there is no plan to propose.',
      because: 'Why',
      impact: 'Impact',
      effort: 'Effort',
      priority: 'Priority',
      kitDigital: 'Kit Digital',
      learnMore: 'Learn how',
      resources: 'Further reading',
      excluded: 'Left out for company size',
      empty: 'There are no answers yet.',
      emptyLink: 'Answer the questionnaire',
      print: 'Print',
      downloadPdf: 'Download the report (PDF)',
      export: 'Export answers',
      exportYaml: 'YAML (assessment)',
      exportJson: 'JSON',
      import: 'Import answers',
      importDone: 'Answers imported.',
      importRefused: 'Nothing was imported: {reason}. Your current answers are untouched.',
      share: 'Copy a link to share',
      shareCopied: 'Link copied. The answers travel inside the link, not through any server.',
      shareHint: 'Link to share',
      shareBroken: 'This shared link is damaged or incomplete and cannot be read. Ask for it to be sent again.',
      fromShare: 'You are looking at answers received in a link. They have not been saved on this device.',
      edit: 'Review answers',
      notScored: 'no data',
      horizons: { '30d': 'First 30 days', '90d': 'Within 90 days', '6m': 'Six months or more', later: 'Later' },
      laterNote: 'These actions do not fit in what the company can take on over the coming months. Come back to them as the rest of the plan moves forward.',
      provisional: 'Provisional',
      range: 'With the questions still open it could end anywhere from {min} to {max}.',
      answerMoreOne: 'Answer 1 more question',
      answerMore: 'Answer {n} more questions',
      completeness: '{answered} of {total} questions answered ({percent})',
      startHere: 'Start here',
      reason: '{bands}; strengthens {stage}.',
      reasonWeakest: '{bands}; strengthens {stage}, the weakest stage.',
      rank: 'Rank {rank} of {total}',
      showPlan: 'See the whole plan ({n} actions)',
      capacity: 'Sized to your company: up to {d30} effort points in the first 30 days, {d90} more by 90 days and {m6} more by 6 months.',
      capacityUnknown: 'Without a head count, the plan is sized to what the smallest company can take on: up to {d30} effort points in the first 30 days, {d90} more by 90 days and {m6} more by 6 months.',
      bands: {
        impactBands: { high: 'High impact', medium: 'Medium impact', low: 'Low impact' },
        effortBands: { low: 'low effort', medium: 'medium effort', high: 'high effort' },
      },
      company: 'Company',
      date: 'Date',
      assessor: 'Assessed by',
      notes: 'Notes',
    },
    course: { title: 'Course', contents: 'On this page', previous: 'Previous', next: 'Next', module: 'Module' },
    search: {
      title: 'Search',
      label: 'Search the course and the questionnaires’ help',
      fileNotice: 'Search needs the site to be served by a web server; opened from a local file it cannot work. The questionnaire and results do work.',
      noJs: 'Search needs JavaScript.',
    },
    offline: 'Offline: you are seeing the copy saved on this device.',
    ui: {
      quickTools: 'What to do with your results',
      quickPdf: 'Download PDF',
      quickExport: 'Export',
      quickShare: 'Share',
      moreTools: 'More options',
      questionCount: { one: '{n} question', other: '{n} questions' },
      unanswered: { one: 'You left {n} question unanswered in “{stage}”.', other: 'You left {n} questions unanswered in “{stage}”.' },
      goToFirst: 'Go to the first one',
      storedInvalid: 'Some answers stored on this device were damaged and have been left out: {list}.',
      storedUnreadable: 'The answers stored on this device were damaged and could not be recovered.',
      importConfirm: 'The file will replace the answers already on this device. Go ahead? You can undo it.',
      imported: 'Answers loaded from {file}.',
      undo: 'Undo',
      undone: 'You are back to the answers you had before loading the file.',
      notAnswersFile: 'this file is not a digimat answers file',
      otherQuestionnaire: 'the file holds answers to a different questionnaire',
      otherLanguage: 'the file belongs to this questionnaire in another language; open it there',
      newerVersion: 'the file was made with a newer version of the questionnaire than this one',
      atLine: 'line {line}: {message}',
      damaged: 'the file is damaged from here on and cannot be read',
      duplicate: 'the same key appears twice',
      unknownQuestion: 'it answers a question this questionnaire does not have ({id})',
      badAnswer: 'the answer to “{question}” is not one of its options',
      naNotAllowed: '“{question}” cannot be answered “Not applicable”',
      naWithValue: '“{question}” is marked “Not applicable” and also has an answer',
      badValue: 'a value here is not in the expected form',
      missingField: '“{id}” is missing',
      unknownField: '“{id}” is not something an answers file holds',
      worksheetRestored: 'We restored what you had typed in the worksheets.',
      worksheetClear: 'Empty this worksheet',
    },
  },
};

/** Fills `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

/** Picks the plural form for `n` in the language and fills `{n}` (and any other values). */
export function plural(lang: string, forms: PluralText, n: number, values: Record<string, string | number> = {}): string {
  const rule = new Intl.PluralRules(lang).select(n);
  return fill(forms[rule] ?? forms.other, { ...values, n });
}
