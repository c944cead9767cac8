import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/node/load-content.js';
import { reportInput } from '../../src/node/render-report.js';
import { escapeMarkdownHtml } from '../../src/report/escape-markdown-html.js';
import { reportMarkdown } from '../../src/report/report-markdown.js';

const content = await loadContent('content');
const markdown = async (file: string) => reportMarkdown(await reportInput(file, content));

describe('reportMarkdown', () => {
  it('escapes raw HTML typed into the company name, location, assessor and notes', async () => {
    const md = await markdown('test/fixtures/report/html-in-fields.yaml');
    expect(md).toMatch(/^# .+: Acme &lt;img src=x onerror=alert\(1\)> & Sons$/m);
    expect(md).toContain("&lt;script>alert('assessor')&lt;/script>");
    expect(md).toContain('&lt;b>Bilbao&lt;/b>');
    expect(md).toContain('&lt;iframe src=//evil.example>&lt;/iframe> and &amp;amp; an entity.');
    expect(md).toContain('See &lt;a href=javascript:alert(2)>this&lt;/a>');
    // nothing a Markdown renderer would take as a tag is left
    expect(md).not.toMatch(/<(script|img|iframe|a|b)\b/i);
  });

  it('leaves ordinary text as it was typed', () => {
    expect(escapeMarkdownHtml('Pérez & Hijos, 3 > 2')).toBe('Pérez & Hijos, 3 > 2');
    expect(escapeMarkdownHtml('a &lt; b &#60; c')).toBe('a &amp;lt; b &amp;#60; c');
  });

  it('shows an incomplete assessment as provisional, with ranges and no level', async () => {
    const md = await markdown('test/fixtures/incomplete/two-answers.yaml');
    expect(md).toMatch(/^## Puntuación global: \d+,\d \/ 100 \(\d+,\d–\d+,\d\) — provisional: responde \d+ preguntas más$/m);
    expect(md).toMatch(/^\| Presencia \| 100,0 \(\d+,\d–100,0\) \| provisional: responde \d+ preguntas más \| 1\/\d+ \|$/m);
    expect(md).toContain('Aún no se puede decir, ninguna etapa tiene respuestas suficientes.');
    expect(md).not.toMatch(/Referente|Avanzado/);
  });

  it('opens with "Start here": the plan\'s first three actions, each with a one-line reason', async () => {
    const md = await markdown('assessments/costa-trail-outfitters.yaml');
    const section = md.split('## Start here\n\n')[1]!.split('\n\n')[0]!.split('\n');
    expect(section).toHaveLength(3);
    for (const line of section)
      expect(line).toMatch(/^\d\. \*\*.+\*\* — (high|medium|low) impact, (low|medium|high) effort; strengthens .+$/);
    expect(md.indexOf('## Start here')).toBeLessThan(md.indexOf('## Action plan'));
    expect(md).toMatch(/^\| Loyalty and after-sale \| \d+\.\d \| \S+ \| 12\/12 \|$/m);
  });
});
