// PDF benchmark: 1,000 report PDFs in one process with pdfkit (ms per report, peak memory), side by
// side in the same run with the same reports as HTML pages printed by headless Chromium
// (playwright-core page.pdf, one browser reused). Run with `npm run bench:pdf` (compiles first; the
// reports are made by dist/, see from-dist.ts).
import { mkdtempSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchChromium } from '../test/helpers/browser.js';
import { serveStatic } from '../test/helpers/static-server.js';
import { fromDist } from './from-dist.js';

const { loadContent } = await fromDist<typeof import('../src/node/load-content.js')>('node/load-content.js');
const { loadPdfFonts } = await fromDist<typeof import('../src/node/pdf-fonts.js')>('node/pdf-fonts.js');
const { reportInput } = await fromDist<typeof import('../src/node/render-report.js')>('node/render-report.js');
const { reportPdf } = await fromDist<typeof import('../src/pdf/report-pdf.js')>('pdf/report-pdf.js');
const { buildSite } = await fromDist<typeof import('../src/site/build-site.js')>('site/build-site.js');

const N = Number(process.env.BENCH_REPORTS ?? 1000);
const N_CHROMIUM = Number(process.env.BENCH_CHROMIUM ?? 100);
const examples = ['panaderia-la-espiga', 'costa-trail-outfitters'];

console.log(
  `digimat PDF benchmark — ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);
const content = await loadContent('content');
const fonts = await loadPdfFonts();
const inputs = await Promise.all(examples.map((e) => reportInput(`assessments/${e}.yaml`, content)));

// pdfkit: warm up, then N reports in this one process (one core: rendering is single-threaded).
for (const input of inputs) await reportPdf(input, fonts);
let peak = process.memoryUsage().rss;
let bytes = 0;
const start = performance.now();
for (let i = 0; i < N; i++) {
  bytes += (await reportPdf(inputs[i % inputs.length]!, fonts)).length;
  if (i % 50 === 0) peak = Math.max(peak, process.memoryUsage().rss);
}
const pdfkitMs = (performance.now() - start) / N;
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  `pdfkit: ${N} reports, ${pdfkitMs.toFixed(2)} ms per report, average ${(bytes / N / 1024).toFixed(0)} KB, peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`,
);

// Chromium: the same reports as the site's HTML assessment pages, printed with page.pdf.
const out = path.join(mkdtempSync(path.join(tmpdir(), 'digimat-pdfbench-')), 'site');
await buildSite({ out, content: 'content', assessments: 'assessments', templates: 'templates', includePrivate: false });
const server = await serveStatic(out);
const browser = await launchChromium();
const page = await browser.newPage();
const urls = [`${server.url}/es/assessments/${examples[0]}/`, `${server.url}/en/assessments/${examples[1]}/`];
await page.goto(urls[0]!);
await page.pdf({ format: 'A4' });
let chromeBytes = 0;
const cStart = performance.now();
for (let i = 0; i < N_CHROMIUM; i++) {
  await page.goto(urls[i % urls.length]!);
  chromeBytes += (await page.pdf({ format: 'A4', printBackground: true })).length;
}
const chromiumMs = (performance.now() - cStart) / N_CHROMIUM;
await browser.close();
await server.close();
console.log(
  `Chromium page.pdf: ${N_CHROMIUM} reports, ${chromiumMs.toFixed(2)} ms per report, average ${(chromeBytes / N_CHROMIUM / 1024).toFixed(0)} KB`,
);
console.log(
  `pdfkit is ${(chromiumMs / pdfkitMs).toFixed(1)} times faster (aim: at least 10); under 10 ms per report: ${pdfkitMs < 10 ? 'met' : 'NOT met'}`,
);
