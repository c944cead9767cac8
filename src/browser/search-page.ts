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
    if (window.PagefindUI) new window.PagefindUI({ element: '#search', showSubResults: true, showImages: false, bundlePath: `${root}pagefind/` });
  };
  document.head.appendChild(script);
}
export {};
