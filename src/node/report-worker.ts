// A worker thread that renders reports: loads the content once, then renders the files it is sent.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { DigimatError } from '../core/errors.js';
import { loadContent } from './load-content.js';
import { renderReport, type ReportFormat } from './render-report.js';

export interface ReportJob {
  file: string;
  out: string;
}

export type ReportMessage = { file: string; out: string; ok: true; warnings: string[] } | { file: string; ok: false; error: string };

const { content: contentDir, format } = workerData as { content: string; format: ReportFormat };
const content = await loadContent(contentDir);

parentPort!.on('message', async (job: ReportJob | null) => {
  if (job === null) {
    parentPort!.close();
    return;
  }
  try {
    const { bytes, warnings } = await renderReport(job.file, content, format);
    await mkdir(path.dirname(job.out), { recursive: true });
    await writeFile(job.out, bytes);
    parentPort!.postMessage({ file: job.file, out: job.out, ok: true, warnings } satisfies ReportMessage);
  } catch (error) {
    const message = error instanceof DigimatError ? error.message : `${job.file}: ${(error as Error).message}`;
    parentPort!.postMessage({ file: job.file, ok: false, error: message } satisfies ReportMessage);
  }
});
parentPort!.postMessage('ready');
