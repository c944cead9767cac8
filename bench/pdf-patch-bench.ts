// What each pdfkit/fontkit patch (src/pdf/patches/) gains: report PDFs made with every patch, with
// every patch but one (for each patch), and with none, each variant in its own fresh process
// (patches are chosen before the first document), interleaved round by round so a change in the
// machine's load touches every variant alike; medians per variant. CPU time per report, so other
// processes' load counts less than in wall time.
// Run: `npm run compile && npx tsx bench/pdf-patch-bench.ts` (BENCH_REPORTS per run, BENCH_ROUNDS).
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { fromDist } from './from-dist.js';

type Patches = typeof import('../src/pdf/patches/patch-names.js');
const { PDFKIT_PATCHES } = await fromDist<Patches>('pdf/patches/patch-names.js');
const ALL = PDFKIT_PATCHES.map((p) => p.name);
type Name = (typeof ALL)[number];

const N = Number(process.env.BENCH_REPORTS ?? 300);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const variant = process.argv[2];

if (variant !== undefined) {
  // One run: the patches named in the argument ('all', 'none' or 'without:<patch>[+<patch>...]'), N reports.
  const { choosePdfkitPatches } = await fromDist<typeof import('../src/pdf/patches/apply-pdfkit-patches.js')>(
    'pdf/patches/apply-pdfkit-patches.js',
  );
  const left = variant.startsWith('without:') ? variant.slice('without:'.length).split('+') : [];
  choosePdfkitPatches(variant === 'none' ? [] : ALL.filter((n) => !left.includes(n)));
  const { loadContent } = await fromDist<typeof import('../src/node/load-content.js')>('node/load-content.js');
  const { loadPdfFonts } = await fromDist<typeof import('../src/node/pdf-fonts.js')>('node/pdf-fonts.js');
  const { reportInput } = await fromDist<typeof import('../src/node/render-report.js')>('node/render-report.js');
  const { reportPdf } = await fromDist<typeof import('../src/pdf/report-pdf.js')>('pdf/report-pdf.js');
  const content = await loadContent('content');
  const fonts = await loadPdfFonts();
  const inputs = await Promise.all(
    ['panaderia-la-espiga', 'costa-trail-outfitters'].map((e) => reportInput(`assessments/${e}.yaml`, content)),
  );
  for (let i = 0; i < 20; i++) await reportPdf(inputs[i % 2]!, fonts);
  const start = process.cpuUsage();
  let bytes = 0;
  for (let i = 0; i < N; i++) bytes += (await reportPdf(inputs[i % 2]!, fonts)).length;
  const used = process.cpuUsage(start);
  console.log(JSON.stringify({ ms: (used.user + used.system) / 1000 / N, kb: bytes / N / 1024 }));
} else {
  // BENCH_VARIANTS='all,without:a+b' runs only those.
  const variants = process.env.BENCH_VARIANTS?.split(',') ?? ['all', ...ALL.map((n: Name) => `without:${n}`), 'none'];
  const runs = new Map<string, number[]>(variants.map((v) => [v, []]));
  const kb = new Map<string, number>();
  const self = fileURLToPath(import.meta.url);
  console.log(
    `pdfkit patches — ${os.cpus()[0]?.model ?? 'cpu'} x${os.cpus().length}, node ${process.version}, ${N} reports per run, ${ROUNDS} rounds`,
  );
  for (let round = 0; round < ROUNDS; round++) {
    // Each round in another order, so no variant always runs first or last.
    const order = variants.map((_, i) => variants[(i + round) % variants.length]!);
    for (const v of order) {
      const out = execFileSync(process.execPath, ['--import', 'tsx', self, v], { encoding: 'utf8' });
      const r = JSON.parse(out.trim().split('\n').pop()!) as { ms: number; kb: number };
      runs.get(v)!.push(r.ms);
      kb.set(v, r.kb);
    }
    console.log(`round ${round + 1}/${ROUNDS}, load average ${os.loadavg()[0]!.toFixed(1)}`);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const all = median(runs.get('all')!);
  console.log('| variant | median CPU ms per report | runs | vs all patches | KB |');
  console.log('|---|---|---|---|---|');
  for (const v of variants) {
    const m = median(runs.get(v)!);
    console.log(
      `| ${v} | ${m.toFixed(2)} | ${runs
        .get(v)!
        .map((x) => x.toFixed(1))
        .join(', ')} | ${((m / all - 1) * 100).toFixed(1)} % | ${kb.get(v)!.toFixed(1)} |`,
    );
  }
}
