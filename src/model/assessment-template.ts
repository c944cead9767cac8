import type { Questionnaire } from '../core/model.js';

const HEAD = {
  es: {
    company: 'Empresa',
    fill: 'Rellena cada respuesta con el id de una opción; deja vacío lo que no sepas todavía.',
    na: 'admite n/a: { na: true }',
    options: 'opciones',
    multiple: 'varias: [a, b]',
    employees: 'número de personas en plantilla; mientras esté vacío, el plan no se ajusta al tamaño',
    worksheets: [
      'Fichas de trabajo (opcional): borra el # de las líneas que vayas a usar.',
      'Pon entre comillas cada elemento que lleve comas: ["Ve fotos, pero no precios"].',
    ],
    channels: 'canales: email, chat, social, phone, messaging, faq, store',
    journey: 'una entrada por etapa',
  },
  en: {
    company: 'Company',
    fill: "Answer each question with an option id; leave blank what you don't know yet.",
    na: 'allows n/a: { na: true }',
    options: 'options',
    multiple: 'several: [a, b]',
    employees: 'head count; while it is empty the plan is not fitted to the company size',
    worksheets: [
      'Worksheets (optional): remove the # from the lines you fill in.',
      'Quote every item that contains a comma: ["Sees photos, but no prices"].',
    ],
    channels: 'channels: email, chat, social, phone, messaging, faq, store',
    journey: 'one entry per stage',
  },
} as const;

function quote(text: string): string {
  return JSON.stringify(text);
}

/** A ready-to-fill assessment for a questionnaire: every question listed, its prompt as a comment. */
export function assessmentTemplate(q: Questionnaire, slug: string, date: string, schemaPath: string): string {
  const h = q.lang === 'es' ? HEAD.es : HEAD.en;
  const lines = [
    `# yaml-language-server: $schema=${schemaPath}`,
    `# ${q.title} (${q.id} v${q.version}). ${h.fill}`,
    'questionnaire:',
    `  id: ${q.id}`,
    `  version: ${q.version}`,
    `  lang: ${q.lang}`,
    'company:',
    `  name: ${quote(slug)}`,
    '  sector: ""',
    `  employees:  # ${h.employees}`,
    '  location: ""',
    `date: ${quote(date)}`,
    'assessor: ""',
    'publish: false',
    'answers:',
  ];
  for (const stage of q.stages) {
    lines.push(`  # — ${stage.title} —`);
    for (const question of q.questions.filter((x) => x.stage === stage.id)) {
      lines.push(`  # ${question.prompt.replace(/\s+/g, ' ').trim()}`);
      const opts = question.options.map((o) => `${o.id} (${o.label})`).join(' | ');
      const extras = [question.kind === 'multiple' ? h.multiple : '', question.allowNa ? h.na : ''].filter(Boolean).join('; ');
      lines.push(`  #   ${h.options}: ${opts}${extras ? `; ${extras}` : ''}`);
      lines.push(`  ${question.id}:`);
    }
  }
  lines.push(...worksheetsSkeleton(q));
  return `${lines.join('\n')}\n`;
}

/** The worksheet fields, commented out: the shape to fill in without looking up the format. */
function worksheetsSkeleton(q: Questionnaire): string[] {
  const h = q.lang === 'es' ? HEAD.es : HEAD.en;
  const stages = q.stages.map((s) => s.id).join(', ');
  return [
    ...h.worksheets.map((line) => `# ${line}`),
    '# worksheets:',
    '#   persona:',
    '#     name: ""',
    '#     goals: []',
    '#     challenges: []',
    `#     channels: []  # ${h.channels}`,
    '#     objections: []',
    '#   empathyMap:',
    '#     profile: ""',
    '#     thinksFeels: []',
    '#     hears: []',
    '#     sees: []',
    '#     saysDoes: []',
    '#     pains: []',
    '#     gains: []',
    '#   journey:',
    `#     ${q.stages[0]?.id ?? 'stage'}:  # ${h.journey}: ${stages}`,
    '#       touchpoints: []',
    '#       painPoints: []',
    '#       opportunities: []',
  ];
}
