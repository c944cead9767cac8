/** The room's answer to a POST: its status, and its JSON body when it sent one. */
export interface JsonReply {
  status: number;
  json: Record<string, unknown>;
}

/** POSTs a JSON body, never from cache; an empty or non-JSON answer is left to its status. */
export async function postJson(url: string, body: unknown): Promise<JsonReply> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    cache: 'no-store',
  });
  let json: Record<string, unknown> = {};
  try {
    json = (await res.json()) as Record<string, unknown>;
  } catch {
    /* the status says enough */
  }
  return { status: res.status, json };
}
