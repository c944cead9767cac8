import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/node/load-content.js';
import { reportInput } from '../../src/node/render-report.js';
import { reportMarkdown } from '../../src/report/report-markdown.js';
import { spreadStrip } from '../../src/report/workshop-section-markdown.js';
import { ROOT } from '../helpers/run-cli.js';

const content = await loadContent(`${ROOT}/content`);

describe('workshop section of the Markdown report', () => {
  it('has the same parts as the PDF, between the plan and the notes', async () => {
    const md = reportMarkdown(await reportInput(`${ROOT}/assessments/taller-ferreteria-ruiz.yaml`, content));
    const at = (s: string) => md.indexOf(s);
    expect(at('## Plan de acción')).toBeLessThan(at('## Taller'));
    expect(at('## Taller')).toBeLessThan(at('### Dispersión por etapa'));
    expect(at('### Preguntas abiertas')).toBeLessThan(at('## Notas del evaluador'));
    // Spanish figures with a decimal comma, like the rest of the Markdown report
    expect(md).toContain('| Presencia | 45,8 | 37,1 | 41,7 | 50,8 |');
    expect(md).not.toMatch(/\| \d+\.\d \|/);
    expect(md).toContain('  - Acordado: Aparezco en la segunda página o más abajo');
    expect(md).toContain('  - 3 × No; 2 × Sí');
    expect(md).not.toContain('Pilar');
  });

  it('escapes what people typed (notes, owners, roles, names) so no HTML gets through', async () => {
    const input = await reportInput(`${ROOT}/assessments/taller-ferreteria-ruiz.yaml`, content);
    const w = input.assessment.workshop!;
    const evil = '<img src=x onerror=alert(1)>';
    const md = reportMarkdown({
      ...input,
      assessment: {
        ...input.assessment,
        workshop: {
          ...w,
          anonymity: 'everyone',
          participants: w.participants.map((p) => ({ ...p, name: evil, role: evil })),
          consensus: { ...w.consensus, 'response-time': { ...w.consensus['response-time']!, note: evil, owner: evil } },
        },
      },
    });
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;img src=x onerror=alert(1)>');
  });

  it('draws a stage as a text strip: band from min to max, median and consensus', () => {
    expect(spreadStrip({ min: 20, median: 40, max: 60, consensus: 80 })).toBe('····━━━━┃━━━━···◆···');
    expect(spreadStrip({ min: 0, median: 0, max: 100, consensus: 100 })).toBe('┃━━━━━━━━━━━━━━━━━━◆');
    expect(spreadStrip({ min: null, median: null, max: null, consensus: null })).toBe('·'.repeat(20));
  });
});
