/** What `digimat report` can write: the PDF to hand over, Markdown to edit, the plan as CSV. */
export const REPORT_FORMATS = ['pdf', 'md', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
