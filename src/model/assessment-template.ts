import type { Questionnaire } from '../core/model.js';

const HEAD = {
  es: { company: 'Empresa', fill: 'Rellena cada respuesta con el id de una opción; deja vacío lo que no sepas todavía.', na: 'admite n/a: { na: true }', options: 'opciones', multiple: 'varias: [a, b]' },
  en: { company: 'Company', fill: "Answer each question with an option id; leave blank what you don't know yet.", na: 'allows n/a: { na: true }', options: 'options', multiple: 'several: [a, b]' },
} as const;

function quote(text: string): string {
  return JSON.stringify(text);
}

/** A ready-to-fill assessment for a questionnaire: every question listed, its prompt as a comment. */
export function assessmentTemplate(q: Questionnaire, slug: string, date: string, schemaPath: string): string {
  const h = HEAD[q.lang];
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
    '  employees: 0',
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
  return `${lines.join('\n')}\n`;
}
