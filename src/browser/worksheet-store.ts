/** What a visitor typed into one worksheet form: its fields as name/value pairs, in form order. */
export type WorksheetDraft = [string, string][];

const PREFIX = 'digimat:worksheet:';

/** Storage key of one worksheet's draft; shared by both languages, since the fields are the same. */
export function worksheetKey(id: string): string {
  return `${PREFIX}${id}`;
}

/** The saved draft, or undefined when there is none or it is not a list of name/value strings. */
export function loadDraft(storage: Storage, id: string): WorksheetDraft | undefined {
  let v: unknown;
  try {
    v = JSON.parse(storage.getItem(worksheetKey(id)) ?? 'null');
  } catch {
    return undefined;
  }
  if (!Array.isArray(v)) return undefined;
  const pairs = v.filter(
    (p): p is [string, string] => Array.isArray(p) && p.length === 2 && typeof p[0] === 'string' && typeof p[1] === 'string',
  );
  return pairs.length ? pairs : undefined;
}

/** Saves a draft; an empty form removes it. */
export function saveDraft(storage: Storage, id: string, draft: WorksheetDraft): void {
  const filled = draft.filter(([, v]) => v.trim() !== '');
  if (filled.length) storage.setItem(worksheetKey(id), JSON.stringify(filled));
  else storage.removeItem(worksheetKey(id));
}
