/**
 * A stand-in 证件照 for simulated cards: a 102×126 24-bit BMP (the size a WLT decoder
 * produces) with a head-and-shoulders silhouette on the card's pale blue, tinted per card so
 * a demo shows which card was read. Drawn in code: no real person's photo ships.
 */
const WIDTH = 102;
const HEIGHT = 126;
const HEADER_BYTES = 54;
const ROW_BYTES = Math.ceil((WIDTH * 3) / 4) * 4;

type Rgb = readonly [number, number, number];
const BACKGROUND: Rgb = [230, 240, 250];
const FACE: Rgb = [236, 205, 180];

function inHead(x: number, y: number): boolean {
  return ((x - 51) / 20) ** 2 + ((y - 48) / 25) ** 2 <= 1;
}
function inShoulders(x: number, y: number): boolean {
  return y >= 82 && ((x - 51) / 46) ** 2 + ((y - 126) / 44) ** 2 <= 1;
}
function inHair(x: number, y: number): boolean {
  return y < 40 && ((x - 51) / 22) ** 2 + ((y - 42) / 22) ** 2 <= 1;
}

export function generatedPhotoBmp(tint: Rgb): Uint8Array {
  const size = HEADER_BYTES + ROW_BYTES * HEIGHT;
  const bmp = Buffer.alloc(size);
  bmp.write('BM', 0, 'latin1');
  bmp.writeUInt32LE(size, 2);
  bmp.writeUInt32LE(HEADER_BYTES, 10);
  bmp.writeUInt32LE(40, 14);
  bmp.writeInt32LE(WIDTH, 18);
  bmp.writeInt32LE(HEIGHT, 22);
  bmp.writeUInt16LE(1, 26);
  bmp.writeUInt16LE(24, 28);
  bmp.writeUInt32LE(ROW_BYTES * HEIGHT, 34);
  for (let y = 0; y < HEIGHT; y += 1) {
    // BMP rows run bottom-up.
    const row = HEADER_BYTES + (HEIGHT - 1 - y) * ROW_BYTES;
    for (let x = 0; x < WIDTH; x += 1) {
      const [r, g, b] = inHair(x, y) ? [40, 35, 30] : inHead(x, y) ? FACE : inShoulders(x, y) ? tint : BACKGROUND;
      bmp[row + x * 3] = b;
      bmp[row + x * 3 + 1] = g;
      bmp[row + x * 3 + 2] = r;
    }
  }
  return new Uint8Array(bmp);
}
