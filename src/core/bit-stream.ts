/** Thrown by BitReader when the data ends before what the format promises. */
export class BitsExhaustedError extends Error {}

/** Appends numbers of any bit width, most significant bit first, to a growing byte buffer. */
export class BitWriter {
  private readonly bytes: number[] = [];
  private bitLength = 0;

  /** Writes the low `width` bits of a non-negative integer (width up to 32). */
  write(value: number, width: number): void {
    for (let i = width - 1; i >= 0; i--) {
      const bit = Math.floor(value / 2 ** i) % 2;
      const at = this.bitLength >> 3;
      if (at === this.bytes.length) this.bytes.push(0);
      if (bit) this.bytes[at]! |= 0x80 >> (this.bitLength & 7);
      this.bitLength++;
    }
  }

  /** Unsigned integer in groups of 7 bits with a continuation bit: small numbers take 8 bits. */
  writeVarint(value: number): void {
    let rest = value;
    do {
      const group = rest % 128;
      rest = Math.floor(rest / 128);
      this.write(rest > 0 ? group + 128 : group, 8);
    } while (rest > 0);
  }

  /** A UTF-8 text, its byte length first. */
  writeText(bytes: Uint8Array): void {
    this.writeVarint(bytes.length);
    for (const b of bytes) this.write(b, 8);
  }

  /** The bytes written so far, the last one padded with zero bits. */
  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Reads back what a BitWriter wrote; throws BitsExhaustedError past the end. */
export class BitReader {
  private position = 0;
  constructor(private readonly bytes: Uint8Array) {}

  read(width: number): number {
    if (this.position + width > this.bytes.length * 8) throw new BitsExhaustedError('data ends early');
    let value = 0;
    for (let i = 0; i < width; i++) {
      const bit = (this.bytes[this.position >> 3]! >> (7 - (this.position & 7))) & 1;
      value = value * 2 + bit;
      this.position++;
    }
    return value;
  }

  readVarint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 5; i++) {
      const group = this.read(8);
      value += (group & 127) * scale;
      if (group < 128) return value;
      scale *= 128;
    }
    throw new BitsExhaustedError('number too long');
  }

  readText(): Uint8Array {
    const length = this.readVarint();
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.read(8);
    return out;
  }

  /** Bytes consumed so far, counting a started byte as whole. */
  bytesUsed(): number {
    return Math.ceil(this.position / 8);
  }
}
