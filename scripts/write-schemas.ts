// Writes schema/*.json from the TypeBox definitions; test/schema/json-schemas.test.ts fails when they drift.
import { writeFileSync } from 'node:fs';
import { JSON_SCHEMAS, schemaJson } from '../src/schema/json-schemas.js';

for (const entry of JSON_SCHEMAS) {
  writeFileSync(`schema/${entry.file}`, schemaJson(entry));
  console.log(`wrote schema/${entry.file}`);
}
