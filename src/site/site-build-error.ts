import { DigimatError } from '../core/errors.js';

/** The build failed for a reason other than content (a template, Eleventy, the search index); names the cause. */
export class SiteBuildError extends DigimatError {}
