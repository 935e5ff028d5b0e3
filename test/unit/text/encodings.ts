// Test-side encoders: TextEncoder only writes UTF-8, so GB18030 is written by inverting the platform's
// own TextDecoder('gb18030') over its two-byte and four-byte BMP ranges (built once, lazily).

let gbTable: Map<string, number[]> | null = null;

function table(): Map<string, number[]> {
  if (gbTable) return gbTable;
  const map = new Map<string, number[]>();
  const dec = new TextDecoder('gb18030');
  for (let a = 0x81; a <= 0xfe; a++) {
    for (let b = 0x40; b <= 0xfe; b++) {
      if (b === 0x7f) continue;
      const s = dec.decode(new Uint8Array([a, b]));
      if (s.length === 1 && s !== '\ufffd' && !map.has(s)) map.set(s, [a, b]);
    }
  }
  for (let a = 0x81; a <= 0x84; a++) {
    for (let b = 0x30; b <= 0x39; b++) {
      for (let c = 0x81; c <= 0xfe; c++) {
        for (let d = 0x30; d <= 0x39; d++) {
          const s = dec.decode(new Uint8Array([a, b, c, d]));
          if (s.length === 1 && s !== '\ufffd' && !map.has(s)) map.set(s, [a, b, c, d]);
        }
      }
    }
  }
  gbTable = map;
  return map;
}

/** GB18030 (a superset of GBK) for BMP text; throws on a character it cannot write. */
export function encodeGb18030(text: string): Uint8Array {
  const t = table();
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) {
      out.push(c);
      continue;
    }
    const bytes = t.get(ch);
    if (!bytes) throw new Error(`no GB18030 bytes for U+${c.toString(16)}`);
    out.push(...bytes);
  }
  return new Uint8Array(out);
}

export function encodeUtf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = bom ? '\ufeff' + text : text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const u = units.charCodeAt(i);
    const [lo, hi] = [u & 0xff, u >> 8];
    out[2 * i] = endian === 'le' ? lo : hi;
    out[2 * i + 1] = endian === 'le' ? hi : lo;
  }
  return out;
}

export function encodeUtf8(text: string, bom: boolean): Uint8Array {
  const body = new TextEncoder().encode(text);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
}

let big5Table: Map<string, number[]> | null = null;

/** Big5 by inverting TextDecoder('big5'), as for GB18030. */
export function encodeBig5(text: string): Uint8Array {
  if (!big5Table) {
    const map = new Map<string, number[]>();
    const dec = new TextDecoder('big5');
    for (let a = 0x81; a <= 0xfe; a++) {
      for (let b = 0x40; b <= 0xfe; b++) {
        if (b > 0x7e && b < 0xa1) continue;
        const s = dec.decode(new Uint8Array([a, b]));
        if (s.length === 1 && s !== '\ufffd' && !map.has(s)) map.set(s, [a, b]);
      }
    }
    big5Table = map;
  }
  const out: number[] = [];
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x80) out.push(c);
    else {
      const bytes = big5Table.get(ch);
      if (!bytes) throw new Error(`no Big5 bytes for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
