import type { Issue } from '../core/issue.js';
import type { YamlSource } from './yaml-source.js';

/** The outcome of loading one file: the value when usable, its source for locating, and every issue. */
export interface Parsed<T> {
  file: string;
  source: YamlSource;
  value?: T;
  issues: Issue[];
}
