// Draws the toolbar icon (a lens over three coloured lines, one per flagged category) as PNGs in
// public/icon/. Run once by hand: node assets/icon/make-icons.mjs. No dependencies: the PNG is
// written with zlib, and each pixel is supersampled 4×4 for smooth edges.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'icon');
const SIZES = [16, 32, 48, 96, 128];

const LENS = [75, 47, 191]; // #4b2fbf, the badge colour
const LINES = [
  [198, 42, 47], // anonymous
  [52, 81, 178], // secondhand
  [214, 140, 20], // hedge
];

/** Colour at a point of the 1×1 design square, or null for transparent. */
function shade(x, y) {
  const cx = 0.42, cy = 0.42, r = 0.33, ring = 0.085;
  const d = Math.hypot(x - cx, y - cy);
  // Handle: a thick segment from the ring towards the bottom-right corner.
  const t = Math.max(0, Math.min(1, ((x - 0.64) + (y - 0.64)) / (2 * 0.3)));
  const hx = 0.64 + t * 0.3, hy = 0.64 + t * 0.3;
  if (Math.hypot(x - hx, y - hy) < 0.075) return LENS;
  if (Math.abs(d - r) < ring / 2) return LENS;
  if (d < r - ring / 2) {
    for (let i = 0; i < 3; i++) {
      const ly = cy - 0.13 + i * 0.13;
      const half = [0.16, 0.2, 0.12][i];
      if (Math.abs(y - ly) < 0.04 && Math.abs(x - (cx - 0.2 + half)) < half) return LINES[i];
    }
    return [255, 255, 255];
  }
  return null;
}

function png(size) {
  const S = 4;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0;
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shade((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const o = py * (size * 4 + 1) + 1 + px * 4;
      raw[o] = a ? Math.round(r / a) : 0;
      raw[o + 1] = a ? Math.round(g / a) : 0;
      raw[o + 2] = a ? Math.round(b / a) : 0;
      raw[o + 3] = Math.round((a / (S * S)) * 255);
    }
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) writeFileSync(join(OUT, `${size}.png`), png(size));
console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to ${OUT}`);
