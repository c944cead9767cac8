import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import fc from 'fast-check';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Assessment, Questionnaire } from '../../src/core/model.js';
import type { Anonymity, Participant } from '../../src/core/workshop-model.js';
import { workshopYaml } from '../../src/model/workshop-yaml.js';
import { loadContent } from '../../src/node/load-content.js';
import { ROOT } from '../helpers/run-cli.js';
import { participantArb } from '../helpers/workshop-arbitraries.js';

// The committed JSON Schema, read by a fresh validator as an editor or another tool would.
const validate = new Ajv({ allErrors: true, strict: false }).compile(
  JSON.parse(readFileSync(`${ROOT}/schema/assessment.schema.json`, 'utf8')),
);

let q: Questionnaire;
beforeAll(async () => {
  q = (await loadContent(`${ROOT}/content`)).questionnaires.find((x) => x.lang === 'es')!;
});

function workshopFile(anonymity: Anonymity, participants: Participant[]): string {
  const a: Assessment & { workshop: { anonymity: Anonymity; participants: Participant[]; consensus: Record<string, never> } } = {
    questionnaire: { id: q.id, version: q.version, lang: q.lang },
    company: { name: 'Prueba', sector: '', employees: 3, location: '' },
    date: '2026-11-18',
    assessor: '',
    publish: false,
    answers: {},
    workshop: { anonymity, participants, consensus: {} },
  };
  return workshopYaml(q, a);
}

describe('anonymity in the assessment schema', () => {
  it('refuses a participant name when anonymity is nobody, and accepts it otherwise', () => {
    const doc = (anonymity: string) => ({
      questionnaire: { id: 'digital-service', version: 1, lang: 'es' },
      company: { name: 'X', sector: '', employees: 1, location: '' },
      date: '2026-11-18',
      assessor: '',
      answers: {},
      workshop: { anonymity },
      participants: [{ key: '0123456789abcdef', name: 'Ana', answers: {} }],
    });
    expect(validate(doc('nobody'))).toBe(false);
    expect(validate(doc('facilitator'))).toBe(true);
    expect(validate(doc('everyone'))).toBe(true);
  });

  it('an export in nobody mode carries no display name, whatever the participants had', () => {
    fc.assert(
      fc.property(
        fc.array(
          participantArb(q).map((p) => ({ ...p, name: `Nombre-${p.key}` })),
          { minLength: 1, maxLength: 4 },
        ),
        (people) => {
          const text = workshopFile('nobody', people);
          expect(validate(parse(text))).toBe(true);
          for (const p of people) expect(text).not.toContain(p.name);
          expect((parse(text) as { participants: object[] }).participants.every((p) => !('name' in p))).toBe(true);
        },
      ),
      { numRuns: 15 },
    );
  });

  it('an export in facilitator mode keeps the names for the facilitator', () => {
    const text = workshopFile('facilitator', [{ key: '0123456789abcdef', revision: 1, name: 'Ana', answers: {} }]);
    expect(validate(parse(text))).toBe(true);
    expect(parse(text).participants[0].name).toBe('Ana');
  });
});
