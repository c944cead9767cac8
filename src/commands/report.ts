import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { SingleBar, Presets } from 'cli-progress';
import { DigimatError } from '../core/errors.js';
import { displayPath } from '../node/display-path.js';
import { loadContent } from '../node/load-content.js';
import { loadPdfFonts } from '../node/pdf-fonts.js';
import { checkPdfkitPatches } from '../pdf/pdf-doc.js';
import { renderReport, type ReportFormat } from '../node/render-report.js';
import type { ReportJob, ReportMessage } from '../node/report-worker.js';
import { EXIT, type CommandIo } from './io.js';

export interface ReportOptions {
  files: string[];
  out?: string;
  format: ReportFormat;
  content: string;
  /** Worker threads for many files; defaults to the number of cores. */
  workers?: number;
}

/** Where each report goes: `-o` names the file for one assessment, otherwise a folder (default reports/). */
export function reportTargets(files: string[], out: string | undefined, format: ReportFormat): ReportJob[] {
  const single = files.length === 1 && out !== undefined && path.extname(out) === `.${format}`;
  return files.map((file) => ({
    file,
    out: single ? out! : path.join(out ?? 'reports', `${path.basename(file).replace(/\.ya?ml$/, '')}.${format}`),
  }));
}

/** `digimat report`: one report per assessment; a bad one is reported and the others are still written. */
export async function reportCommand(options: ReportOptions, io: CommandIo): Promise<number> {
  const jobs = reportTargets(options.files, options.out, options.format);
  const workers = Math.min(options.workers ?? os.availableParallelism(), jobs.length);
  const results = workers > 1 ? await inWorkers(jobs, options, workers, io) : await inProcess(jobs, options);
  let failed = 0;
  for (const r of results) {
    if (r.ok) {
      // Say what changed since an older questionnaire version before the document is handed over.
      for (const w of r.warnings) io.err(w);
      io.err(`wrote ${displayPath(r.out)}`);
    } else {
      failed++;
      io.out(r.error);
    }
  }
  return failed ? EXIT.badInput : EXIT.ok;
}

async function inProcess(jobs: ReportJob[], options: ReportOptions): Promise<ReportMessage[]> {
  const content = await loadContent(options.content);
  const results: ReportMessage[] = [];
  for (const job of jobs) {
    try {
      const { bytes, warnings } = await renderReport(job.file, content, options.format);
      await mkdir(path.dirname(job.out), { recursive: true });
      await writeFile(job.out, bytes);
      results.push({ file: job.file, out: job.out, ok: true, warnings });
    } catch (error) {
      if (!(error instanceof DigimatError)) throw error;
      results.push({ file: job.file, ok: false, error: error.message });
    }
  }
  return results;
}

/** Spreads the jobs over worker threads, each fed a new job when it finishes one; shows a progress bar. */
async function inWorkers(jobs: ReportJob[], options: ReportOptions, count: number, io: CommandIo): Promise<ReportMessage[]> {
  if (options.format === 'pdf') checkPdfkitPatches(await loadPdfFonts());
  const bar = process.stderr.isTTY
    ? new SingleBar({ format: 'reports |{bar}| {value}/{total}', stream: process.stderr, hideCursor: true }, Presets.shades_classic)
    : undefined;
  bar?.start(jobs.length, 0);
  const queue = [...jobs];
  const results: ReportMessage[] = [];
  const url = new URL('../node/report-worker.js', import.meta.url);
  await Promise.all(
    Array.from(
      { length: count },
      () =>
        new Promise<void>((resolve, reject) => {
          const worker = new Worker(url, { workerData: { content: options.content, format: options.format } });
          const next = () => worker.postMessage(queue.shift() ?? null);
          worker.on('message', (m: ReportMessage | 'ready') => {
            if (m !== 'ready') {
              results.push(m);
              bar?.increment();
              if (!bar) io.err(`${results.length}/${jobs.length} ${displayPath(m.file)}`);
            }
            next();
          });
          worker.on('error', reject);
          worker.on('exit', () => resolve());
        }),
    ),
  );
  bar?.stop();
  // Report in the order the files were given, whatever order the workers finished in.
  const order = new Map(jobs.map((j, i) => [j.file, i]));
  return results.sort((a, b) => order.get(a.file)! - order.get(b.file)!);
}
