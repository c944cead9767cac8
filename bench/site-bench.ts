// Site benchmarks, all in one run on this machine: build time of the bundled site; a build with
// 4,000 generated course pages beside a bare Eleventy build of the same 4,000 Markdown files;
// JavaScript shipped per page kind (gzipped); Pagefind index time and size.
// Run with `npm run bench:site` (compiles first; builds run dist/, see from-dist.ts).
import { cpSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { spawnSync } from 'node:child_process';
import { writeBareProject, writeCoursePages } from './course-pages.js';
import { fromDist } from './from-dist.js';

const { buildSite } = await fromDist<typeof import('../src/site/build-site.js')>('site/build-site.js');

const PAGES = Number(process.env.BENCH_PAGES ?? 4000);
const scratch = mkdtempSync(path.join(tmpdir(), 'digimat-bench-'));

function dirSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    bytes += statSync(path.join(e.parentPath, e.name)).size;
    files++;
  }
  return { bytes, files };
}

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log(
  `digimat site benchmark — ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`,
);

// 1. The bundled site, three builds.
const bundledTimes: number[] = [];
let bundledOut = '';
for (let i = 0; i < 3; i++) {
  bundledOut = path.join(scratch, `bundled-${i}`);
  const [, ms] = await timed(() =>
    buildSite({ out: bundledOut, content: 'content', assessments: 'assessments', templates: 'templates', includePrivate: false }),
  );
  bundledTimes.push(ms);
}
console.log(
  `bundled site build (digimat build): median ${median(bundledTimes).toFixed(0)} ms of ${bundledTimes.map((t) => t.toFixed(0)).join(', ')}`,
);

// 2. JavaScript per page kind.
const js = (f: string) => gzipSync(readFileSync(path.join(bundledOut, 'assets/js', f))).length;
const kinds: [string, string[]][] = [
  ['questionnaire', ['site.js', 'questionnaire.js']],
  ['results', ['site.js', 'results.js']],
  ['search', ['site.js', 'search.js']],
  ['course/home', ['site.js']],
  ['import/export, on demand', ['answers-io.js']],
  ['PDF report and worksheets, on demand', ['pdf-report.js']],
  ['worksheets page', ['site.js', 'worksheets.js']],
];
for (const [kind, files] of kinds)
  console.log(`JS gzipped, ${kind}: ${(files.reduce((s, f) => s + js(f), 0) / 1024).toFixed(1)} KB (${files.join(' + ')})`);

// 3. Pagefind on the bundled site, alone.
const pfOut = path.join(scratch, 'pagefind-only');
const [, pfMs] = await timed(async () => {
  const { index } = await pagefind.createIndex({});
  await index!.addDirectory({ path: bundledOut });
  await index!.writeFiles({ outputPath: pfOut });
  await pagefind.close();
});
const pf = dirSize(pfOut);
console.log(`Pagefind, bundled site: ${pfMs.toFixed(0)} ms, index ${(pf.bytes / 1024).toFixed(0)} KB in ${pf.files} files`);

// 4. 4,000 course pages: digimat build vs bare Eleventy, same Markdown, same run.
const bigContent = path.join(scratch, 'big-content');
cpSync('content', bigContent, { recursive: true });
writeCoursePages(path.join(bigContent, 'course'), PAGES, true);
const bareDir = path.join(scratch, 'bare');
writeCoursePages(path.join(bareDir, 'src'), PAGES, false);
// Folders come from the constructor below; a `dir` here would override them.
writeFileSync(path.join(bareDir, 'eleventy.config.mjs'), 'export default function () { return { markdownTemplateEngine: false }; }\n');
// The fair peer of a whole digimat build: what a trainer would otherwise run for a searchable
// course, bare Eleventy (whole pages, one-line layout) and then Pagefind's own CLI over its output.
const pipeDir = path.join(scratch, 'pipeline');
writeBareProject(pipeDir, PAGES);
const pagefindCli = path.resolve('node_modules/.bin/pagefind');

const { default: Eleventy } = await import('@11ty/eleventy');
const bareTimes: number[] = [];
const bigTimes: number[] = [];
const pipeTimes: number[] = [];
let pipeIndexed = '';
// Three of each, interleaved, so machine noise hits every side alike; medians are compared.
for (let i = 0; i < 3; i++) {
  const [, pipeMs] = await timed(async () => {
    const out = path.join(pipeDir, `_site-${i}`);
    const e = new Eleventy(path.join(pipeDir, 'src'), out, { configPath: path.join(pipeDir, 'eleventy.config.mjs'), quietMode: true });
    await e.write();
    const cli = spawnSync(pagefindCli, ['--site', out], { encoding: 'utf8' });
    if (cli.status !== 0) throw new Error(`pagefind --site failed: ${cli.stderr}`);
    pipeIndexed = /Indexed (\d+) pages?/.exec(cli.stdout)?.[1] ?? '?';
  });
  pipeTimes.push(pipeMs);
  const [, bareMs] = await timed(async () => {
    const e = new Eleventy(path.join(bareDir, 'src'), path.join(bareDir, `_site-${i}`), {
      configPath: path.join(bareDir, 'eleventy.config.mjs'),
      quietMode: true,
    });
    await e.write();
  });
  bareTimes.push(bareMs);
  const [, bigMs] = await timed(() =>
    buildSite({
      out: path.join(scratch, `big-${i}`),
      content: bigContent,
      assessments: 'assessments',
      templates: 'templates',
      includePrivate: false,
    }),
  );
  bigTimes.push(bigMs);
}
const bigPf = dirSize(path.join(scratch, 'big-1', 'pagefind'));
// The floor the search index sets: Pagefind alone over the same 4,000 rendered pages, read from disk
// with its own parallel reader (its fastest route), in the same run.
const pfAloneTimes: number[] = [];
for (let i = 0; i < 3; i++) {
  const [, ms] = await timed(async () => {
    const { index } = await pagefind.createIndex({ rootSelector: 'html' });
    await index!.addDirectory({ path: path.join(scratch, 'big-2') });
    await index!.writeFiles({ outputPath: path.join(scratch, `pagefind-alone-${i}`) });
    await pagefind.close();
  });
  pfAloneTimes.push(ms);
}
const bareFiles = dirSize(path.join(bareDir, '_site-2')).files;
if (bareFiles < PAGES) throw new Error(`bare Eleventy wrote ${bareFiles} files, expected ${PAGES}: the comparison would be meaningless`);
console.log(
  `${PAGES} course pages, bare Eleventy (Markdown only): median ${median(bareTimes).toFixed(0)} ms of ${bareTimes.map((t) => t.toFixed(0)).join(', ')}`,
);
console.log(
  `${PAGES} course pages, digimat build (validation, pages, bundles, search index, service worker): median ${median(bigTimes).toFixed(0)} ms of ${bigTimes.map((t) => t.toFixed(0)).join(', ')}`,
);
console.log(
  `ratio digimat / bare Eleventy: ${(median(bigTimes) / median(bareTimes)).toFixed(2)} (aim: at most 1.5); search index ${(bigPf.bytes / 1024 / 1024).toFixed(1)} MB in ${bigPf.files} files`,
);
console.log(
  `${PAGES} course pages, bare Eleventy (one-line layout) then \`pagefind --site\` (indexed ${pipeIndexed} pages): median ${median(pipeTimes).toFixed(0)} ms of ${pipeTimes.map((t) => t.toFixed(0)).join(', ')}`,
);
console.log(`ratio digimat / (bare Eleventy + Pagefind CLI): ${(median(bigTimes) / median(pipeTimes)).toFixed(2)} (aim: at most 0.8)`);
console.log(`  per interleaved round: ${bigTimes.map((t, i) => (t / pipeTimes[i]!).toFixed(2)).join(', ')}`);
console.log(
  `Pagefind alone on the same ${PAGES} rendered pages: median ${median(pfAloneTimes).toFixed(0)} ms of ${pfAloneTimes.map((t) => t.toFixed(0)).join(', ')} (${(median(pfAloneTimes) / median(bareTimes)).toFixed(2)} times bare Eleventy)`,
);
