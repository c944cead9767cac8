import { BarcodeDetector as ZxingDetector, prepareZXingModule } from 'barcode-detector/ponyfill';

/** Finds QR codes in a video frame; the browser's own detector or zxing's, behind one shape. */
export interface QrDetector {
  engine: 'native' | 'zxing';
  detect(source: HTMLVideoElement): Promise<string[]>;
}

declare global {
  interface Window {
    digimatScanner?: { createDetector(wasmUrl: string): Promise<QrDetector> };
  }
}

interface NativeDetector {
  detect(source: HTMLVideoElement): Promise<{ rawValue: string }[]>;
}

/**
 * The browser's BarcodeDetector where it reads QR codes (Chrome on Android, macOS, ChromeOS);
 * elsewhere the zxing-cpp WebAssembly build, fetched from this site: `locateFile` points it at our
 * own copy, so no request goes to the CDN the package would otherwise use.
 */
async function createDetector(wasmUrl: string): Promise<QrDetector> {
  const Native = (
    window as unknown as { BarcodeDetector?: { new (o: { formats: string[] }): NativeDetector; getSupportedFormats(): Promise<string[]> } }
  ).BarcodeDetector;
  if (Native) {
    try {
      if ((await Native.getSupportedFormats()).includes('qr_code')) {
        const native = new Native({ formats: ['qr_code'] });
        return { engine: 'native', detect: async (v) => (await native.detect(v)).map((b) => b.rawValue) };
      }
    } catch {
      /* fall through to zxing */
    }
  }
  const absolute = new URL(wasmUrl, document.baseURI).href;
  await prepareZXingModule({
    overrides: { locateFile: (file: string, prefix: string) => (file.endsWith('.wasm') ? absolute : prefix + file) },
    fireImmediately: true,
  });
  const zxing = new ZxingDetector({ formats: ['qr_code'] });
  return { engine: 'zxing', detect: async (v) => (await zxing.detect(v)).map((b) => b.rawValue) };
}

window.digimatScanner = { createDetector };
