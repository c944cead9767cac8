import type { CoursePageLoader } from '../node/load-content.js';
import { loadCoursePageText } from '../model/load-course.js';

/**
 * A course-page checker that remembers its answers between watch-mode rebuilds: a page whose text,
 * place and module list are the same as last time gives the same result, so only the saved file is
 * parsed again. Entries not asked for in a rebuild are dropped, so the cache holds one course.
 */
export class CoursePageCache {
  private last = new Map<string, { key: string; result: ReturnType<CoursePageLoader> }>();
  private next = new Map<string, { key: string; result: ReturnType<CoursePageLoader> }>();

  /** The checker to hand to loadContent for one load. */
  readonly load: CoursePageLoader = (text, file, lang, slug, modules) => {
    const key = `${lang}\0${slug}\0${modules.join('\0')}\0${text}`;
    const known = this.last.get(file) ?? this.next.get(file);
    const entry = known?.key === key ? known : { key, result: loadCoursePageText(text, file, lang, slug, modules) };
    this.next.set(file, entry);
    return entry.result;
  };

  /** Called after each load: what it asked for becomes what the next one may reuse. */
  settle(): void {
    this.last = this.next;
    this.next = new Map();
  }
}
