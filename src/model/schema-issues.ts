import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { TSchema } from '@sinclair/typebox';
import type { Issue } from '../core/issue.js';
import { issueAt } from './issue-at.js';
import { didYouMean } from './suggest.js';
import type { PathSegment, YamlSource } from './yaml-source.js';

const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
const compiled = new WeakMap<TSchema, ValidateFunction>();

function validator(schema: TSchema): ValidateFunction {
  let fn = compiled.get(schema);
  if (!fn) {
    fn = ajv.compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}

const ID_PATTERN = '^[a-z0-9][a-z0-9-]*$';

function toPath(pointer: string): PathSegment[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function show(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} \`${String(value)}\``;
}

function where(path: PathSegment[]): string {
  const last = path[path.length - 1];
  return last === undefined ? 'the document' : typeof last === 'number' ? `item ${last + 1}` : `\`${last}\``;
}

/** Checks data against a JSON Schema and turns every violation into a located, readable issue. */
export function schemaIssues(source: YamlSource, schema: TSchema, data: unknown): Issue[] {
  const validate = validator(schema);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // A failed union reports every branch; we keep one plain message for the union instead.
  const unions = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const kept = errors.filter(
    (e) => e.keyword === 'anyOf' || !unions.some((u) => e.instancePath === u || e.instancePath.startsWith(`${u}/`)),
  );
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const e of kept) {
    const issue = describe(source, e);
    const key = `${issue.line}:${issue.col}:${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

function describe(source: YamlSource, e: ErrorObject): Issue {
  const path = toPath(e.instancePath);
  const params = e.params as Record<string, unknown>;
  const schema = (e.parentSchema ?? {}) as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return issueAt(source, path, 'missing-property', `missing required property \`${String(params.missingProperty)}\``, { at: 'key' });
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys((schema.properties as object) ?? {}).filter((k) => k !== '$schema');
      return issueAt(source, [...path, name], 'unknown-property', `unknown property \`${name}\`${didYouMean(name, allowed)}; allowed here: ${allowed.join(', ')}`, { at: 'key' });
    }
    case 'enum':
      return issueAt(source, path, 'bad-value', `${where(path)} cannot be \`${String(e.data)}\`; expected one of: ${(params.allowedValues as unknown[]).join(', ')}`);
    case 'type': {
      const expected = String(params.type).replace(',', ' or ');
      return issueAt(source, path, 'wrong-type', `${where(path)} must be ${article(expected)}, not ${show(e.data)}`);
    }
    case 'pattern':
      if (params.pattern === ID_PATTERN) {
        return issueAt(source, path, 'bad-id', `\`${String(e.data)}\` is not a valid id: use lower-case letters, digits and dashes (e.g. \`web-mobile\`)`);
      }
      return issueAt(source, path, 'bad-format', `${where(path)} \`${String(e.data)}\` must be ${String(schema.description ?? `like ${String(params.pattern)}`)}`);
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return issueAt(source, path, 'out-of-range', `${where(path)} is ${String(e.data)} but must be ${rangeText(e.keyword, params.limit)}`);
    case 'minItems':
      return issueAt(source, path, 'empty-list', `${where(path)} needs at least ${String(params.limit)} item(s)`);
    case 'minLength':
      return issueAt(source, path, 'empty-text', `${where(path)} must not be empty`);
    case 'anyOf':
      return issueAt(source, path, 'bad-answer', `answer ${where(path)} must be an option id, a list of option ids, a number, true/false, or a mapping with value, na and note`);
    default:
      return issueAt(source, path, 'schema', `${where(path)} ${e.message ?? 'is not valid'}`);
  }
}

function article(type: string): string {
  const words: Record<string, string> = { object: 'a mapping', array: 'a list', integer: 'a whole number', number: 'a number', string: 'text', boolean: 'true or false', null: 'empty' };
  return type.split(' or ').map((t) => words[t] ?? t).join(' or ');
}

function rangeText(keyword: string, limit: unknown): string {
  const l = String(limit);
  return { minimum: `at least ${l}`, maximum: `at most ${l}`, exclusiveMinimum: `more than ${l}`, exclusiveMaximum: `less than ${l}` }[keyword] ?? l;
}
