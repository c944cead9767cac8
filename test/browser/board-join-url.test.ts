import { describe, expect, it } from 'vitest';
import { joinLink, onlyThisLaptop, phoneSiteRoot } from '../../src/browser/board-join-url.js';

const join = { relative: '../questionnaire/presencia/', fromRoot: 'es/questionnaire/presencia/' };

describe('the join link phones get (regression: the QR pointed at http://localhost:8080/…, which a phone cannot reach)', () => {
  it('knows which addresses mean "this laptop" only', () => {
    for (const href of [
      'http://localhost:8080/es/workshop/',
      'http://127.0.0.1:4000/',
      'http://[::1]:8080/',
      'file:///home/ana/site/es/workshop/index.html',
      'http://app.localhost/',
    ])
      expect(onlyThisLaptop(href), href).toBe(true);
    for (const href of ['http://192.168.1.20:8080/es/workshop/', 'https://digimat.example.org/es/workshop/', 'http://portatil.local:8080/'])
      expect(onlyThisLaptop(href), href).toBe(false);
  });

  it('reads what the facilitator types as a site root, with or without the scheme, and refuses what is no web address', () => {
    expect(phoneSiteRoot('192.168.1.20:8080')).toBe('http://192.168.1.20:8080/');
    expect(phoneSiteRoot(' http://192.168.1.20:8080/taller?x=1#y ')).toBe('http://192.168.1.20:8080/taller/');
    expect(phoneSiteRoot('https://digimat.example.org')).toBe('https://digimat.example.org/');
    for (const bad of [
      '',
      '   ',
      'no es una dirección',
      'ftp://192.168.1.20/',
      'javascript:alert(1)',
      'http://',
      'http://ana:secreto@192.168.1.20/',
    ])
      expect(phoneSiteRoot(bad), bad).toBeNull();
  });

  it('makes the link from the typed root, and otherwise beside the board (index.html spelled out on disk)', () => {
    expect(joinLink('http://localhost:8080/es/workshop/', join, 'http://192.168.1.20:8080/')).toBe(
      'http://192.168.1.20:8080/es/questionnaire/presencia/?workshop',
    );
    expect(joinLink('http://localhost:8080/es/workshop/', join, 'http://192.168.1.20:8080/digimat/')).toBe(
      'http://192.168.1.20:8080/digimat/es/questionnaire/presencia/?workshop',
    );
    expect(joinLink('http://192.168.1.20:8080/es/workshop/', join, null)).toBe(
      'http://192.168.1.20:8080/es/questionnaire/presencia/?workshop',
    );
    expect(joinLink('file:///home/ana/site/es/workshop/index.html', join, null)).toBe(
      'file:///home/ana/site/es/questionnaire/presencia/index.html?workshop',
    );
  });
});
