import { writeFileSync } from 'node:fs';
import { loadScored } from './src/commands/load-scored.js';
import { reportPdf } from './src/pdf/report-pdf.js';
import { loadPdfFonts } from './src/node/pdf-fonts.js';
const s = await loadScored(process.argv[2]!, 'content');
const kit = Object.fromEntries((s.content.kitDigital?.categories ?? []).map((c) => [c.id, c.name[s.questionnaire.lang]]));
const bytes = await reportPdf({ assessment: s.assessment, questionnaire: s.questionnaire, result: s.result, actions: s.content.actions.get(s.questionnaire.lang)!, kitNames: kit }, await loadPdfFonts());
writeFileSync('/tmp/r.pdf', bytes);
