import { deflateSync, inflateSync } from 'node:zlib';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { loadPdfFonts } from '../../../src/node/pdf-fonts.js';
import { fastEncode, fastLayout } from '../../../src/pdf/patches/fast-layout.js';
import { fasterStreams, STREAM_LEVEL } from '../../../src/pdf/patches/faster-streams.js';
import type { EmbeddedFontInternals } from '../../../src/pdf/patches/pdfkit-internals.js';
import { finish, newDocument, type Doc } from '../../../src/pdf/pdf-doc.js';

const fonts = await loadPdfFonts();
const meta = { title: 't', author: 'a', subject: 's', lang: 'es', date: '2026-01-01' };

type Layout = { glyphs: { id: number }[] | null; positions: object[] | null; advanceWidth: number };

describe('fastLayout (our replacement for pdfkit’s EmbeddedFont#layout)', () => {
  // A pdfkit upgrade that changes what layout returns shows up here, not as a subtly different PDF.
  it('returns what pdfkit’s own layout returns, measured or laid out, first time and from the cache', () => {
    const doc = newDocument(meta, fonts);
    const font = (doc as unknown as { _font: EmbeddedFontInternals })._font;
    const original = (Object.getPrototypeOf(font) as EmbeddedFontInternals).layout;
    expect(font.layout).toBe(fastLayout);
    const samples = [
      '',
      ' ',
      'a',
      'hola',
      'hola ',
      ' hola',
      'dos  espacios',
      'tab\tseparado',
      '¿Qué tal? ¡Bien! «€ 1.200» “curvas”',
      'Fidelización y posventa — 17.1 · Inicial',
      'x'.repeat(300),
    ];
    for (const text of samples) {
      for (const onlyWidth of [false, true, true]) {
        const ours = fastLayout.call(font, text, undefined, onlyWidth) as Layout;
        const theirs = original.call(font, text, undefined, onlyWidth) as Layout;
        expect(ours.advanceWidth, text).toBeCloseTo(theirs.advanceWidth, 9);
        expect(
          ours.glyphs?.map((g) => g.id),
          text,
        ).toEqual(theirs.glyphs?.map((g) => g.id));
        expect(ours.positions, text).toEqual(theirs.positions);
      }
    }
  });

  it('gives a remembered whole line the same glyphs, positions and width as laying it out afresh', () => {
    const doc = newDocument(meta, fonts);
    const font = (doc as unknown as { _font: EmbeddedFontInternals })._font;
    const original = (Object.getPrototypeOf(font) as EmbeddedFontInternals).layout;
    const line = 'Una línea que se mide al partir el párrafo y se vuelve a componer al escribirla';
    const first = fastLayout.call(font, line) as Layout;
    const again = fastLayout.call(font, line) as Layout;
    expect(again).toBe(first); // from the line cache
    expect((fastLayout.call(font, line, undefined, true) as Layout).advanceWidth).toBe(first.advanceWidth);
    const theirs = original.call(font, line) as Layout;
    expect(again.advanceWidth).toBeCloseTo(theirs.advanceWidth, 9);
    expect(again.glyphs?.map((g) => g.id)).toEqual(theirs.glyphs?.map((g) => g.id));
    expect(again.positions).toEqual(theirs.positions);
  });
});

describe('fastEncode (our replacement for pdfkit’s EmbeddedFont#encode)', () => {
  it('gives the same hex glyph ids and positions, and leaves the same subset, widths and characters', () => {
    const font = (doc: Doc) => (doc as unknown as { _font: EmbeddedFontInternals })._font;
    const ours = font(newDocument(meta, fonts));
    const theirs = font(newDocument(meta, fonts));
    const original = (Object.getPrototypeOf(theirs) as EmbeddedFontInternals).encode;
    expect(ours.encode).toBe(fastEncode);
    for (const text of ['Plan de acción', '¿Qué tal? ¡Bien! «€ 1.200» “curvas”', 'Plan de acción otra vez', '']) {
      expect(fastEncode.call(ours, text), text).toEqual(original.call(theirs, text));
    }
    expect(ours.widths).toEqual(theirs.widths);
    expect(ours.unicode).toEqual(theirs.unicode);
    expect((ours.subset as unknown as { glyphs: number[] }).glyphs).toEqual((theirs.subset as unknown as { glyphs: number[] }).glyphs);
  });
});

describe('fasterStreams', () => {
  it('compresses every stream, the first page’s included, at STREAM_LEVEL, as valid FlateDecode', async () => {
    const doc = new PDFDocument({ size: 'A4' }) as Doc;
    fasterStreams(doc);
    doc.text('Primera página '.repeat(40));
    doc.addPage().text('Segunda página '.repeat(40));
    const pdf = Buffer.from(await finish(doc)).toString('latin1');
    const streams = [...pdf.matchAll(/\/Filter \/FlateDecode[\s\S]*?>>\nstream\n([\s\S]*?)\nendstream/g)].map((m) =>
      Buffer.from(m[1]!, 'latin1'),
    );
    const pages = streams.map((z) => inflateSync(z)).filter((plain) => plain.toString('latin1').includes(' TJ'));
    expect(pages).toHaveLength(2);
    for (const z of streams) expect(z.equals(deflateSync(inflateSync(z), { level: STREAM_LEVEL }))).toBe(true);
  });
});
