import { describe, expect, it } from 'vitest';
import { BUNDLED_CATALOGUES } from '../../src/i18n/catalogues.js';
import { resolveCatalogues } from '../../src/i18n/resolve-catalogues.js';

const es = BUNDLED_CATALOGUES.es!;
const en = BUNDLED_CATALOGUES.en!;

describe('resolveCatalogues', () => {
  it('lays a site’s strings over the bundled catalogue of their language, with no warning', () => {
    const r = resolveCatalogues(
      [{ lang: 'es', file: 'q.es.yaml' }],
      [{ lang: 'es', file: 'texts/es.yaml', value: { shared: { plan: 'Hoja de ruta' } } }],
    );
    expect(r.issues).toEqual([]);
    const [cat] = r.catalogues;
    expect(cat!.shared.plan).toBe('Hoja de ruta');
    expect(cat!.shared.stage).toBe(es.shared.stage);
    expect(cat!.name).toBe('Español');
  });

  it('gives a language without texts the English ones and one warning at its first file', () => {
    const r = resolveCatalogues(
      [
        { lang: 'pt-BR', file: 'q.pt.yaml' },
        { lang: 'pt-BR', file: 'other.yaml' },
      ],
      [],
    );
    expect(r.issues.map((i) => [i.file, i.code, i.severity])).toEqual([['q.pt.yaml', 'catalogue-missing', 'warning']]);
    expect(r.catalogues[0]!.lang).toBe('pt-BR');
    expect(r.catalogues[0]!.site.tagline).toBe(en.site.tagline);
  });

  it('fills the keys partial texts leave out from English and counts them once', () => {
    const r = resolveCatalogues(
      [{ lang: 'de', file: 'q.de.yaml' }],
      [
        {
          lang: 'de',
          file: 'texts/de.yaml',
          value: { shared: { stage: 'Phase', answerMore: { one: 'noch {n} Frage', other: 'noch {n} Fragen' } } },
        },
      ],
    );
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]!.message).toMatch(/^\d+ of \d+ texts are missing for `de`/);
    const de = r.catalogues[0]!;
    expect([de.lang, de.name, de.shared.stage, de.shared.plan]).toEqual(['de', 'Deutsch', 'Phase', en.shared.plan]);
    expect(de.shared.answerMore).toEqual({ one: 'noch {n} Frage', other: 'noch {n} Fragen' });
  });
});
