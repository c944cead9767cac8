/**
 * Makes text typed by a person (company name, assessor, notes) safe to drop into Markdown: a `<`
 * can no longer open an HTML tag, and an `&` can no longer start an entity, so a renderer shows
 * exactly what was typed. Everything else is left readable for whoever edits the file.
 */
export function escapeMarkdownHtml(text: string): string {
  return text.replace(/&(?=#?[a-z0-9]+;)/gi, '&amp;').replace(/</g, '&lt;');
}
