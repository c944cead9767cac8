import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOGUES, textCatalogue } from '../../src/i18n/catalogues.js';
import { cliText } from '../../src/i18n/cli-text.js';
import { workshopText } from '../../src/i18n/workshop-text.js';
import { pdfText } from '../../src/pdf/pdf-text.js';
import { Ajv } from 'ajv';
import { TextCatalogueSchema } from '../../src/schema/text-catalogue-schema.js';
import { siteText } from '../../src/site/site-text.js';
import { boardText } from '../../src/site/workshop-text.js';

/** Every string of a catalogue by its dotted key. */
function leaves(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
  return [];
}
const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const sections = (lang: string) => {
  const {
    $schema: _s,
    lang: _l,
    name: _n,
    ...rest
  } = JSON.parse(readFileSync(`src/i18n/catalogues/${lang}.json`, 'utf8')) as Record<string, unknown>;
  return rest;
};

// The complete catalogue's validator is compiled here only: digimat itself never checks a bundled file at run time.
const validateCatalogue = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(JSON.stringify(TextCatalogueSchema)));

describe('bundled text catalogues', () => {
  const bundled = Object.keys(BUNDLED_CATALOGUES);
  it.each(bundled)('%s.json passes the catalogue schema (every key, nothing extra)', (lang) => {
    const data = JSON.parse(readFileSync(`src/i18n/catalogues/${lang}.json`, 'utf8'));
    expect(validateCatalogue(data), JSON.stringify(validateCatalogue.errors)).toBe(true);
    expect(data.lang).toBe(lang);
  });

  it.each(bundled.filter((l) => l !== 'en'))('%s uses the same {slots} as English in every string', (lang) => {
    const en = new Map(leaves(sections('en')));
    const mismatched = leaves(sections(lang)).filter(
      ([key, text]) => JSON.stringify(slots(text)) !== JSON.stringify(slots(en.get(key) ?? '')),
    );
    expect(mismatched).toEqual([]);
  });

  it('writes each string once: no two keys hold the same words in both languages', () => {
    const en = new Map(leaves(sections('en')));
    const byWords = new Map<string, string[]>();
    for (const [key, text] of leaves(sections('es'))) {
      if (!text) continue; // an empty note means "no note", not a word
      const words = `${text}\u0000${en.get(key)}`;
      byWords.set(words, [...(byWords.get(words) ?? []), key]);
    }
    expect([...byWords.values()].filter((keys) => keys.length > 1)).toEqual([]);
  });

  it('a language without a catalogue gets the English texts, labelled with its own tag', () => {
    const de = textCatalogue('de');
    expect(de.lang).toBe('de');
    expect(de.shared).toBe(BUNDLED_CATALOGUES.en!.shared);
    expect(cliText('de').plan).toBe('Action plan');
  });
});

describe('faces built from one catalogue', () => {
  it('the CLI, the site and the PDF take shared words from the same place', () => {
    for (const lang of ['es', 'en']) {
      const shared = BUNDLED_CATALOGUES[lang]!.shared;
      expect([cliText(lang).plan, siteText(lang).r.plan, pdfText(lang).plan]).toEqual([shared.plan, shared.plan, shared.plan]);
      expect(siteText(lang).r.horizons).toEqual(pdfText(lang).horizons);
      expect(boardText(lang).scores.stage).toBe(workshopText(lang).stage);
    }
  });

  it('fills templates and plural forms as the former code did', () => {
    expect(cliText('es').answerMore(1)).toBe('provisional: responde 1 pregunta más');
    expect(cliText('en').answerMore(3)).toBe('provisional: answer 3 more questions');
    expect(cliText('es').horizons['30d']).toBe('Primeros 30 días (victorias rápidas)');
    expect(cliText('en').horizons['90d']).toBe('Within 90 days');
    expect(
      cliText('en').weakestUnknown([
        { title: 'Sales', remaining: 2 },
        { title: 'Loyalty', remaining: 1 },
      ]),
    ).toBe('not known yet, too few answers to compare in Sales (answer 2 more), Loyalty (answer 1 more)');
    expect(pdfText('es').lowest('Venta')).toBe('Venta es la etapa con la puntuación más baja.');
    expect(pdfText('en').provisional(null)).toBe('Answers are missing.');
    expect(pdfText('en').persona.types.outsider).toEqual(['Outsider', 'Not drawn to it; stays apart.']);
    expect(siteText('es').r.answerMoreOne).toBe('Responde 1 pregunta más');
    expect(siteText('en').r.bands.impactBands.high).toBe('High impact');
    expect(workshopText('es').participants(1)).toBe('1 participante');
    expect(workshopText('en').moreDisputed(4)).toBe('And 4 more questions with high disagreement.');
    expect(boardText('es').status.open).toBe('Abierta');
    expect(boardText('en').handIn.show).toBe(boardText('en').handIn.heading);
  });
});
