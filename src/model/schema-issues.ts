import type { ErrorObject, ValidateFunction } from 'ajv';
import type { TSchema } from '@sinclair/typebox';
import * as validators from '../schema/validators.generated.js';
import { ActionLibrarySchema } from '../schema/actions-schema.js';
import { FundingSchemeSchema } from '../schema/funding-schema.js';
import { AssessmentSchema } from '../schema/assessment-schema.js';
import { QuestionnaireSchema } from '../schema/questionnaire-schema.js';
import { CourseModulesSchema, CoursePageSchema } from '../schema/course-schema.js';
import type { Issue } from '../core/issue.js';
import { issueAt } from './issue-at.js';
import { didYouMean } from './suggest.js';
import type { PathSegment, YamlSource } from './yaml-source.js';

/** Precompiled validators (scripts/build-validators.ts): no schema compilation, no eval, at run time. */
const VALIDATORS = new Map<TSchema, ValidateFunction>([
  [QuestionnaireSchema, validators.questionnaire],
  [ActionLibrarySchema, validators.actions],
  [FundingSchemeSchema, validators.fundingScheme],
  [AssessmentSchema, validators.assessment],
  [CourseModulesSchema, validators.courseModules],
  [CoursePageSchema, validators.coursePage],
]);

function validator(schema: TSchema): ValidateFunction {
  const fn = VALIDATORS.get(schema);
  if (!fn) throw new Error('schema without a generated validator; run npm run schemas');
  return fn;
}

/** The schema object an error's keyword belongs to, found by walking its schemaPath. */
function parentSchema(root: TSchema, schemaPath: string): Record<string, unknown> {
  const parts = schemaPath
    .replace(/^#\/?/, '')
    .split('/')
    .filter(Boolean)
    .map((p) => decodeURIComponent(p).replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = root;
  for (const part of parts.slice(0, -1)) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node ?? {}) as Record<string, unknown>;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let node = data;
  for (const seg of path) node = (node as Record<string | number, unknown> | undefined)?.[seg];
  return node;
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
export function schemaIssues(source: YamlSource, schema: TSchema, data: unknown, validate: ValidateFunction = validator(schema)): Issue[] {
  if (validate(data)) return [];
  // An if/then rule (no names when anonymity is `nobody`) is reported by its loader in plainer words.
  const errors = (validate.errors ?? []).filter((e) => e.keyword !== 'if' && !e.schemaPath.startsWith('#/then/'));
  // A failed union reports every branch; we keep one plain message for the union instead.
  const unions = errors.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath);
  const kept = errors.filter(
    (e) => e.keyword === 'anyOf' || !unions.some((u) => e.instancePath === u || e.instancePath.startsWith(`${u}/`)),
  );
  const seen = new Set<string>();
  const issues: Issue[] = [];
  for (const e of kept) {
    const issue = describe(source, e, parentSchema(schema, e.schemaPath), valueAt(data, toPath(e.instancePath)));
    const key = `${issue.line}:${issue.col}:${issue.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push(issue);
  }
  return issues;
}

/**
 * The top-level fields a schema check fails on (a missing or unknown property counts as its own
 * name; a failure of the whole document as ''), so a loader can tell which later checks still have
 * sound input.
 */
export function schemaFailedFields(schema: TSchema, data: unknown): Set<string> {
  const validate = validator(schema);
  if (validate(data)) return new Set();
  return new Set(
    (validate.errors ?? []).map((e) => {
      const params = e.params as Record<string, unknown>;
      const first = toPath(e.instancePath)[0] ?? params.missingProperty ?? params.additionalProperty ?? '';
      return String(first);
    }),
  );
}

function describe(source: YamlSource, e: ErrorObject, schema: Record<string, unknown>, data: unknown): Issue {
  const path = toPath(e.instancePath);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return issueAt(source, path, 'missing-property', `missing required property \`${String(params.missingProperty)}\``, { at: 'key' });
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const allowed = Object.keys((schema.properties as object) ?? {}).filter((k) => k !== '$schema');
      return issueAt(
        source,
        [...path, name],
        'unknown-property',
        `unknown property \`${name}\`${didYouMean(name, allowed)}; allowed here: ${allowed.join(', ')}`,
        { at: 'key' },
      );
    }
    case 'enum':
      return issueAt(
        source,
        path,
        'bad-value',
        `${where(path)} cannot be \`${String(data)}\`; expected one of: ${(params.allowedValues as unknown[]).join(', ')}`,
      );
    case 'type': {
      const expected = String(params.type).replace(',', ' or ');
      return issueAt(source, path, 'wrong-type', `${where(path)} must be ${article(expected)}, not ${show(data)}`);
    }
    case 'pattern':
      if (params.pattern === ID_PATTERN) {
        return issueAt(
          source,
          path,
          'bad-id',
          `\`${String(data)}\` is not a valid id: use lower-case letters, digits and dashes (e.g. \`web-mobile\`)`,
        );
      }
      return issueAt(
        source,
        path,
        'bad-format',
        `${where(path)} \`${String(data)}\` must be ${String(schema.description ?? `like ${String(params.pattern)}`)}`,
      );
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return issueAt(source, path, 'out-of-range', `${where(path)} is ${String(data)} but must be ${rangeText(e.keyword, params.limit)}`);
    case 'minItems':
      return issueAt(source, path, 'empty-list', `${where(path)} needs at least ${String(params.limit)} item(s)`);
    case 'minProperties':
      return issueAt(
        source,
        path,
        'empty-list',
        `${where(path)} needs at least ${String(params.limit)} entry, such as a name in one language`,
      );
    case 'minLength':
      return issueAt(source, path, 'empty-text', `${where(path)} must not be empty`);
    case 'anyOf':
      if (!path.includes('answers'))
        return issueAt(source, path, 'wrong-type', `${where(path)} must be ${String(schema.description ?? 'one of the allowed forms')}`);
      return issueAt(
        source,
        path,
        'bad-answer',
        `answer ${where(path)} must be an option id, a list of option ids, a number, true/false, or a mapping with value, na and note`,
      );
    default:
      return issueAt(source, path, 'schema', `${where(path)} ${e.message ?? 'is not valid'}`);
  }
}

function article(type: string): string {
  const words: Record<string, string> = {
    object: 'a mapping',
    array: 'a list',
    integer: 'a whole number',
    number: 'a number',
    string: 'text',
    boolean: 'true or false',
    null: 'empty',
  };
  return type
    .split(' or ')
    .map((t) => words[t] ?? t)
    .join(' or ');
}

function rangeText(keyword: string, limit: unknown): string {
  const l = String(limit);
  return (
    { minimum: `at least ${l}`, maximum: `at most ${l}`, exclusiveMinimum: `more than ${l}`, exclusiveMaximum: `less than ${l}` }[
      keyword
    ] ?? l
  );
}
