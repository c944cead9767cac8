import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildOnce } from '../helpers/site-build.js';

/** Regression: the results page borrowed the search page's "needs JavaScript" notice, and the home page printed the privacy sentence twice. */
describe('texts that were wrong on the built site', () => {
  const site = buildOnce();
  const page = (rel: string) => readFileSync(path.join(site, rel), 'utf8');
  const noscript = (html: string) => [...html.matchAll(/<noscript>([\s\S]*?)<\/noscript>/g)].map((m) => m[1]!).join(' ');

  it('the results page says without JavaScript that the results need it, not the search, in both languages', () => {
    const es = noscript(page('es/results/digital-service/index.html'));
    const en = noscript(page('en/results/digital-service/index.html'));
    expect(es).toMatch(/resultados/i);
    expect(es).not.toMatch(/búsqueda/i);
    expect(en).toMatch(/results/i);
    expect(en).not.toMatch(/search/i);
  });

  it('the home page says once that answers stay on the device', () => {
    const count = (html: string, s: string) => html.split(s).length - 1;
    expect(count(page('es/index.html'), 'Tus respuestas se guardan solo en este dispositivo')).toBe(1);
    expect(count(page('en/index.html'), 'Your answers are stored only on this device')).toBe(1);
  });
}, 300_000);
