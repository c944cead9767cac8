/** Plural forms, picked with Intl.PluralRules for the page's language. */
export type PluralText = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** Fills `{name}` placeholders; an unknown name stays as written, so a typo shows instead of vanishing. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? `{${k}}`));
}

/** Picks the plural form for `n` in the language and fills `{n}` (and any other values). */
export function plural(lang: string, forms: PluralText, n: number, values: Record<string, string | number> = {}): string {
  const rule = new Intl.PluralRules(lang).select(n);
  return fill(forms[rule] ?? forms.other, { ...values, n });
}

/** The text with its first letter in upper case, for a word that starts a sentence or a label. */
export function capitalised(lang: string, text: string): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}
