import { describe, expect, it } from 'vitest';
import { CoursePageCache } from '../../src/site/content-cache.js';

const page = (title: string) => `---\nmodule: sales\norder: 1\ntitle: ${title}\nlang: es\n---\nTexto.\n`;

describe('CoursePageCache', () => {
  it('gives the same result for the same text and place, and checks a changed text again', () => {
    const cache = new CoursePageCache();
    const first = cache.load(page('Uno'), 'a.md', 'es', 'a', ['sales']);
    cache.settle();
    expect(cache.load(page('Uno'), 'a.md', 'es', 'a', ['sales'])).toBe(first);
    const edited = cache.load(page('Dos'), 'a.md', 'es', 'a', ['sales']);
    expect(edited).not.toBe(first);
    expect(edited.page?.title).toBe('Dos');
    cache.settle();
    // A module list without the page's module makes the same text an error.
    expect(cache.load(page('Dos'), 'a.md', 'es', 'a', ['journey']).issues.map((i) => i.code)).toEqual(['unknown-module']);
  });
});
