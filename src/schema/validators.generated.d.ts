// Types for the generated validators (see scripts/build-validators.ts).
import type { ValidateFunction } from 'ajv';

export const questionnaire: ValidateFunction;
export const actions: ValidateFunction;
export const fundingScheme: ValidateFunction;
export const assessment: ValidateFunction;
export const courseModules: ValidateFunction;
export const coursePage: ValidateFunction;
export const texts: ValidateFunction;
