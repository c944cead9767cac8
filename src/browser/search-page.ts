// The search page: Pagefind's UI when served over http(s); a plain explanation when opened from disk.
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => unknown;
  }
}

const box = document.getElementById('search');
const notice = document.getElementById('search-file-notice');
const root = document.body.dataset.root ?? '';

if (location.protocol === 'file:') {
  if (notice) notice.hidden = false;
} else if (box) {
  const script = document.createElement('script');
  script.src = `${root}pagefind/pagefind-ui.js`;
  script.onload = () => {
    // Result links must carry the site's real base path, so hosting under a sub-path works.
    const baseUrl = new URL(root || './', location.href).pathname;
    if (window.PagefindUI)
      new window.PagefindUI({ element: '#search', showSubResults: true, showImages: false, bundlePath: `${root}pagefind/`, baseUrl });
    labelInput();
  };
  document.head.appendChild(script);
}
/** Pagefind's input has only a placeholder; tie it to the page's visible label. */
function labelInput(): void {
  const apply = () => {
    const input = box?.querySelector('input');
    if (!input) return false;
    input.setAttribute('aria-labelledby', 'search-label');
    return true;
  };
  if (apply()) return;
  const observer = new MutationObserver(() => apply() && observer.disconnect());
  observer.observe(box!, { childList: true, subtree: true });
}
export {};
