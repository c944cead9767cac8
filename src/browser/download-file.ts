/** Hands bytes or text to the browser as a download, made on this device (no server involved). */
export function downloadFile(name: string, type: string, data: BlobPart): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked a moment later: some browsers start reading the blob only after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
