// Runs on every page: service worker and manifest when served over http(s); link fixes from disk.
const fromDisk = location.protocol === 'file:';
document.documentElement.classList.add('js');

/** Directory links do not open index.html from disk; point them at the file. */
function fixDiskLinks(): void {
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    const href = a.getAttribute('href')!;
    if (/^[a-z]+:/i.test(href) || href.startsWith('#')) continue;
    const [pathPart, hash = ''] = href.split('#');
    if (pathPart!.endsWith('/') || pathPart === '.' || pathPart === '..')
      a.setAttribute('href', `${pathPart!.replace(/\/?$/, '/')}index.html${hash ? `#${hash}` : ''}`);
  }
}

function registerWorker(): void {
  const root = document.body.dataset.root ?? '';
  const link = document.createElement('link');
  link.rel = 'manifest';
  link.href = `${root}manifest.webmanifest`;
  document.head.appendChild(link);
  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register(`${root}sw.js`, { scope: root || './' }).catch(() => {
      /* offline support is a bonus; the page works without it */
    });
  }
}

function offlineNotice(): void {
  const banner = document.getElementById('offline-banner');
  if (!banner) return;
  const update = () => (banner.hidden = navigator.onLine);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
}

/** Whether `digimat room` serves this page (it adds its script): a room has no service worker to register. */
const inRoom = document.querySelector('script[src$="/room.js"]') !== null;

if (fromDisk) fixDiskLinks();
else if (!inRoom) registerWorker();
offlineNotice();
