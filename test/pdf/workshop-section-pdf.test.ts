import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/node/load-content.js';
import { loadPdfFonts } from '../../src/node/pdf-fonts.js';
import { reportInput } from '../../src/node/render-report.js';
import { reportPdf } from '../../src/pdf/report-pdf.js';
import { workshopSummary } from '../../src/pdf/workshop-summary.js';
import { ARTIFACTS, pdfInfo, pdfText, squash } from '../helpers/pdf-tools.js';
import { ROOT } from '../helpers/run-cli.js';

const content = await loadContent(`${ROOT}/content`);
const fonts = await loadPdfFonts();
const EXAMPLE = `${ROOT}/assessments/taller-ferreteria-ruiz.yaml`;

describe('workshop section of the PDF report', () => {
  it('shows who took part, the spread beside the consensus, the disputed questions with agreement, note and owner, and the open ones', async () => {
    const input = await reportInput(EXAMPLE, content);
    const summary = workshopSummary(input)!;
    const text = pdfText(await reportPdf(input, fonts), 'report-workshop');
    const flat = squash(text);
    expect(text).toContain('Taller');
    expect(flat).toContain(
      '5 participantes, 1 respondió en papel. Roles: administración (1), almacén (1), gerencia (1), mostrador (1), tienda online (1).',
    );
    expect(text).toContain('Dispersión por etapa');
    for (const s of summary.stages) {
      // Spanish figures take a decimal comma here as everywhere else in the report
      const es = (x: number) => x.toFixed(1).replace('.', ',');
      expect(flat).toContain(
        squash(`${s.title} consenso ${es(s.consensus!)} · mín. ${es(s.min!)} · mediana ${es(s.median!)} · máx. ${es(s.max!)}`),
      );
    }
    expect(flat).toContain('Presencia consenso 45,8 · mín. 37,1 · mediana 41,7 · máx. 50,8');
    expect(flat).toContain(
      '¿Cuánto tardáis en responder a una consulta o queja de un cliente? discrepancia 0,83 · decidido Acordado: Uno o dos días',
    );
    expect(flat).toContain('Responsable: Jorge');
    expect(text).toContain('Preguntas abiertas');
    expect(flat).toContain('Responsable: Iñaki');
    // Anonymity "facilitator": the facilitator knows the names, the client's report does not show them.
    // (Owners are named on purpose: the group chose them in the open.) Rosa answered and owns nothing.
    expect(text).not.toContain('Rosa');
    expect(text).not.toContain('Participaron');
    expect(text).toContain('Los nombres de los participantes no aparecen en este informe.');
  });

  it('draws the spread chart: the workshop page has the band, the dots and the diamond in colour', async () => {
    const input = await reportInput(EXAMPLE, content);
    pdfText(await reportPdf(input, fonts), 'report-workshop-chart');
    const pages = Number(pdfInfo('report-workshop-chart').Pages);
    const base = path.join(ARTIFACTS, 'report-workshop-chart');
    // The workshop section sits just before the notes, the last page.
    const page = String(pages - 1);
    execFileSync('pdftoppm', ['-r', '60', '-f', page, '-l', page, '-singlefile', '-png', `${base}.pdf`, base]);
    expect(statSync(`${base}.png`).size).toBeGreaterThan(10_000);
    const ppm = execFileSync('pdftoppm', ['-r', '30', '-f', page, '-l', page, '-singlefile', `${base}.pdf`]);
    // Count pixels of the accent colour (the consensus diamonds, #b3541e) in the raw PPM.
    const header = ppm.indexOf('255\n') + 4;
    let accent = 0;
    for (let i = header; i + 2 < ppm.length; i += 3)
      if (Math.abs(ppm[i]! - 0xb3) < 24 && Math.abs(ppm[i + 1]! - 0x54) < 24 && Math.abs(ppm[i + 2]! - 0x1e) < 24) accent++;
    expect(accent).toBeGreaterThan(20);
  });

  it('adds nothing to a plain assessment', async () => {
    const input = await reportInput(`${ROOT}/assessments/panaderia-la-espiga.yaml`, content);
    expect(workshopSummary(input)).toBeUndefined();
    expect(pdfText(await reportPdf(input, fonts), 'report-no-workshop')).not.toContain('Dispersión por etapa');
  });
});
