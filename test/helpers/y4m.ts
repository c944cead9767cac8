/**
 * A Y4M video (the raw format Chromium's fake camera reads) showing still images one after another:
 * each grey image is centred on a white frame and shown for `framesEach` frames, 4:2:0 with neutral
 * chroma. Enough to feed a real QR code to a real scanner without ffmpeg.
 */
export function y4mVideo(
  images: { width: number; height: number; grey: Uint8Array }[],
  options: { width?: number; height?: number; framesEach?: number; fps?: number } = {},
): Buffer {
  const W = options.width ?? 640;
  const H = options.height ?? 480;
  const each = options.framesEach ?? 10;
  const header = Buffer.from(`YUV4MPEG2 W${W} H${H} F${options.fps ?? 10}:1 Ip A1:1 C420jpeg\n`, 'ascii');
  const chroma = Buffer.alloc((W / 2) * (H / 2) * 2, 128);
  const frames: Buffer[] = [header];
  for (const img of images) {
    const y = Buffer.alloc(W * H, 235);
    const x0 = Math.floor((W - img.width) / 2);
    const y0 = Math.floor((H - img.height) / 2);
    for (let r = 0; r < img.height; r++) for (let c = 0; c < img.width; c++) y[(y0 + r) * W + x0 + c] = img.grey[r * img.width + c]!;
    for (let i = 0; i < each; i++) frames.push(Buffer.from('FRAME\n', 'ascii'), y, chroma);
  }
  return Buffer.concat(frames);
}

/** Scales an RGBA image up by a whole factor (nearest neighbour) into grey levels with studio-range black and white. */
export function greyScaled(
  rgba: ArrayLike<number>,
  width: number,
  height: number,
  factor: number,
): { width: number; height: number; grey: Uint8Array } {
  const out = new Uint8Array(width * factor * height * factor);
  for (let r = 0; r < height * factor; r++) {
    for (let c = 0; c < width * factor; c++) {
      const i = (Math.floor(r / factor) * width + Math.floor(c / factor)) * 4;
      const lum = (rgba[i]! + rgba[i + 1]! + rgba[i + 2]!) / 3;
      out[r * width * factor + c] = lum < 128 ? 16 : 235;
    }
  }
  return { width: width * factor, height: height * factor, grey: out };
}
