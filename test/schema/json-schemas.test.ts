import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMAS, schemaJson } from '../../src/schema/json-schemas.js';
import { ROOT } from '../helpers/run-cli.js';

const KIND_OF: Record<string, string> = {
  questionnaires: 'questionnaire.schema.json',
  actions: 'actions.schema.json',
  assessments: 'assessment.schema.json',
  funding: 'funding-scheme.schema.json',
};

function bundledYaml(): { file: string; schema: string }[] {
  const out: { file: string; schema: string }[] = [];
  for (const dir of ['content/questionnaires', 'content/actions', 'content/funding', 'assessments']) {
    for (const name of readdirSync(path.join(ROOT, dir))) out.push({ file: `${dir}/${name}`, schema: KIND_OF[path.basename(dir)]! });
  }
  return out;
}

describe('JSON Schemas for editors', () => {
  it.each(JSON_SCHEMAS.map((s) => [s.file, s] as const))(
    'schema/%s matches the TypeScript definitions (run `npm run schemas`)',
    (file, entry) => {
      expect(readFileSync(path.join(ROOT, 'schema', file), 'utf8')).toBe(schemaJson(entry));
    },
  );

  it.each(bundledYaml().map((b) => [b.file, b.schema] as const))(
    '%s points yaml-language-server at its schema and satisfies it',
    (file, schema) => {
      const text = readFileSync(path.join(ROOT, file), 'utf8');
      const ref = text.match(/^# yaml-language-server: \$schema=(\S+)$/m)?.[1];
      expect(ref).toBeDefined();
      expect(path.resolve(path.dirname(path.join(ROOT, file)), ref!)).toBe(path.join(ROOT, 'schema', schema));
      // An editor uses the committed JSON file, not our loader: check with a fresh validator.
      const validate = new Ajv({ allErrors: true, strict: false }).compile(
        JSON.parse(readFileSync(path.join(ROOT, 'schema', schema), 'utf8')),
      );
      expect(validate(parse(text)), JSON.stringify(validate.errors)).toBe(true);
    },
  );
});

describe('precompiled validators', () => {
  it('src/schema/validators.generated.js matches the schemas (run `npm run schemas`)', async () => {
    const { validatorModule } = await import('../../src/schema/validator-module.js');
    expect(readFileSync(path.join(ROOT, 'src/schema/validators.generated.js'), 'utf8')).toBe(validatorModule());
  });

  it('contain no eval or Function constructor, so a strict CSP can run them', () => {
    const code = readFileSync(path.join(ROOT, 'src/schema/validators.generated.js'), 'utf8');
    expect(code).not.toMatch(/\bnew Function\b|\beval\(/);
  });
});
