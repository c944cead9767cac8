import { loadBundle } from './load-bundle.js';
import type { QrDetector } from './qr-scanner-page.js';

export interface Scanner {
  engine: string;
  stop(): void;
}

/** Why the scanner could not start: the camera (permission, none present) or the reader itself. */
class ScannerStartError extends Error {
  constructor(
    message: string,
    readonly kind: 'camera' | 'reader',
  ) {
    super(message);
  }
}

/**
 * Opens the laptop's camera into `video` and reads QR codes from it a few times a second. The reader
 * (and zxing's WebAssembly where the browser has no BarcodeDetector) loads only now, from this site.
 * The same code held up for several frames is reported once.
 */
export async function startScanner(
  video: HTMLVideoElement,
  scannerUrl: string,
  wasmUrl: string,
  onCode: (text: string) => void,
): Promise<Scanner> {
  let detector: QrDetector;
  try {
    const api = await loadBundle<{ createDetector(url: string): Promise<QrDetector> }>(scannerUrl, 'digimatScanner');
    detector = await api.createDetector(wasmUrl);
  } catch (error) {
    throw new ScannerStartError((error as Error).message, 'reader');
  }
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
  } catch (error) {
    throw new ScannerStartError((error as Error).message || String(error), 'camera');
  }
  video.srcObject = stream;
  video.muted = true;
  video.setAttribute('playsinline', '');
  await video.play().catch(() => undefined);
  let stopped = false;
  let last = '';
  const tick = async () => {
    if (stopped) return;
    try {
      if (video.readyState >= 2) {
        const codes = await detector.detect(video);
        const fresh = codes.find((c) => c !== last);
        if (fresh) {
          last = fresh;
          onCode(fresh);
        }
      }
    } catch {
      /* a frame that cannot be read is skipped */
    }
    if (!stopped) setTimeout(() => void tick(), 250);
  };
  void tick();
  video.dataset.engine = detector.engine;
  return {
    engine: detector.engine,
    stop() {
      stopped = true;
      for (const track of stream.getTracks()) track.stop();
      video.srcObject = null;
    },
  };
}
