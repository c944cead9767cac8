// The trainer's edit loop: a course of 4,000 generated pages served by Eleventy's dev server with the
// digimat plugin, and the same Markdown served by bare Eleventy with --incremental, both at once.
// Chromium is open on one course page of each; each repeat saves that page's Markdown with a new
// sentence and times until the open page shows it (live reload), digimat and bare Eleventy
// alternating, so machine noise hits both alike. Medians are compared.
// Run with `npm run bench:edit` (compiles first; the plugin runs from dist/).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { launchChromium } from '../test/helpers/browser.js';
import { serveEleventy, waitFor, writeDigimatProject, type ServedSite } from '../test/helpers/serve-site.js';
import { coursePage, coursePagePath, writeBareProject, writeCoursePages } from './course-pages.js';

const PAGES = Number(process.env.BENCH_PAGES ?? 4000);
const REPEATS = Number(process.env.BENCH_REPEATS ?? 7);
// An even number: a Spanish page, in the middle of the course.
const EDITED = 2 * Math.floor(PAGES / 4);
const scratch = mkdtempSync(path.join(tmpdir(), 'digimat-edit-bench-'));

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

console.log(
  `digimat edit-loop benchmark — ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, node ${process.version}, ${new Date().toISOString()}, ${PAGES} course pages, ${REPEATS} repeats`,
);

// digimat: the repository's content and templates plus the generated pages.
const digimatDir = path.join(scratch, 'digimat');
mkdirSync(digimatDir);
writeDigimatProject(digimatDir);
writeCoursePages(path.join(digimatDir, 'content/course'), PAGES, true);
// Bare Eleventy: the same Markdown, with a one-line layout so that the dev server can inject its
// live-reload script (it needs a <head>).
const bareDir = path.join(scratch, 'bare');
writeBareProject(bareDir, PAGES);

interface Side {
  name: string;
  served: ServedSite;
  file: string;
  url: string;
  frontMatter: boolean;
  page?: Page;
  times: number[];
  /** digimat only: until the search index and service worker are written too. */
  after: number[];
}

const t0 = performance.now();
const sides: Side[] = [
  {
    name: 'digimat (eleventy --serve + plugin)',
    served: serveEleventy(digimatDir, 8201),
    file: coursePagePath(path.join(digimatDir, 'content/course'), EDITED),
    url: `http://localhost:8201/es/course/bench/page-${EDITED}/`,
    frontMatter: true,
    times: [],
    after: [],
  },
  {
    name: 'bare Eleventy --incremental',
    served: serveEleventy(bareDir, 8202, ['--incremental', '--input', 'src']),
    file: coursePagePath(path.join(bareDir, 'src'), EDITED),
    url: `http://localhost:8202/es/bench/page-${EDITED}/`,
    frontMatter: false,
    times: [],
    after: [],
  },
];
// BENCH_BEFORE=<a checkout with dist/ compiled>: that checkout's plugin too, on the same pages, in the
// same rounds (how long the loop took before this code).
const before = process.env.BENCH_BEFORE;
if (before) {
  const beforeDir = path.join(scratch, 'before');
  mkdirSync(beforeDir);
  writeDigimatProject(beforeDir, path.resolve(before));
  writeCoursePages(path.join(beforeDir, 'content/course'), PAGES, true);
  sides.push({
    name: `digimat before (${before})`,
    served: serveEleventy(beforeDir, 8203),
    file: coursePagePath(path.join(beforeDir, 'content/course'), EDITED),
    url: `http://localhost:8203/es/course/bench/page-${EDITED}/`,
    frontMatter: true,
    times: [],
    after: [],
  });
}
const browser = await launchChromium();
try {
  for (const side of sides) {
    await side.served.ready;
    if (process.env.BENCH_VERBOSE) console.log(`${side.name}: listening`);
    side.page = await browser.newPage();
    await waitFor(
      `${side.name}: first page`,
      async () => ((await side.page!.goto(side.url).catch(() => undefined))?.ok() ? true : undefined),
      600_000,
      500,
    );
  }
  console.log(`both servers up and first builds done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  const sw = path.join(sides[0]!.served.out, 'sw.js');
  for (let r = 0; r < REPEATS; r++) {
    for (const side of sides) {
      // Let the last rebuild's background work and the page settle first.
      await new Promise((res) => setTimeout(res, 2500));
      const marker = `Edited sentence ${r} ${Math.random().toString(36).slice(2, 10)}`;
      const swBefore = statSync(sw).mtimeMs;
      const start = performance.now();
      writeFileSync(side.file, coursePage(EDITED, side.frontMatter, marker));
      await waitFor(
        `${side.name}: the edit`,
        async () =>
          (await side.page!.evaluate((m) => document.body?.innerText.includes(m) ?? false, marker).catch(() => false)) ? true : undefined,
        120_000,
        10,
      );
      side.times.push(performance.now() - start);
      if (process.env.BENCH_VERBOSE) console.log(`${side.name}: ${side.times.at(-1)!.toFixed(0)} ms`);
      if (side === sides[0]) {
        await waitFor('digimat: service worker written', () => (statSync(sw).mtimeMs > swBefore ? true : undefined), 120_000, 10);
        side.after.push(performance.now() - start);
      }
    }
  }
} finally {
  await browser.close();
  await Promise.all(sides.map((s) => s.served.stop()));
}
for (const side of sides)
  console.log(
    `${side.name}: save to page showing it, median ${median(side.times).toFixed(0)} ms of ${side.times.map((t) => t.toFixed(0)).join(', ')}`,
  );
const [digimat, bare] = sides as [Side, Side];
console.log(
  `digimat: save to search index and service worker written, median ${median(digimat.after).toFixed(0)} ms of ${digimat.after.map((t) => t.toFixed(0)).join(', ')}`,
);
console.log(`ratio digimat / bare Eleventy --incremental: ${(median(digimat.times) / median(bare.times)).toFixed(2)} (aim: at most 1)`);
console.log(`  per round: ${digimat.times.map((t, i) => (t / bare.times[i]!).toFixed(2)).join(', ')}`);
// The search index really holds the last edit: the edited page's fragment is among Pagefind's files.
const lastMarker = readFileSync(digimat.file, 'utf8').match(/Edited sentence \d+ \w+/)![0];
console.log(
  `search index holds the last edit: ${JSON.stringify(lastMarker)} found by digimat's Pagefind: ${await searchable(digimat.served.out, lastMarker)}`,
);
rmSync(scratch, { recursive: true, force: true });

/** Whether Pagefind's index in `out` finds `text` (its Node-free search: one fragment file per page). */
async function searchable(out: string, text: string): Promise<boolean> {
  const { readdirSync } = await import('node:fs');
  const { gunzipSync } = await import('node:zlib');
  const dir = path.join(out, 'pagefind/fragment');
  // Fragments are gzip files behind an 8-byte "pagefind_dcd" signature... read them all as text.
  for (const f of readdirSync(dir)) {
    const raw = readFileSync(path.join(dir, f));
    let body: Buffer;
    try {
      body = gunzipSync(raw);
    } catch {
      continue;
    }
    if (body.toString('utf8').includes(text)) return true;
  }
  return false;
}
