/**
 * Base messages built byte by byte as a reader returns them: each field's text as UCS-2LE,
 * padded with U+0020 to its fixed width. Written independently of the simulator's encoder so
 * the parser is checked against the layout, not against our own inverse of it.
 */
export interface FixtureFields {
  name: string;
  sex: string;
  ethnicity: string;
  birth: string;
  address: string;
  idNumber: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  reserve?: string;
}

function field(text: string, bytes: number): Buffer {
  const out = Buffer.alloc(bytes);
  for (let unit = 0; unit < bytes / 2; unit += 1) {
    const code = unit < text.length ? text.charCodeAt(unit) : 0x20;
    out[unit * 2] = code & 0xff; // little-endian: low byte first
    out[unit * 2 + 1] = code >> 8;
  }
  return out;
}

export function baseMessage(fields: FixtureFields): Uint8Array {
  return new Uint8Array(
    Buffer.concat([
      field(fields.name, 30),
      field(fields.sex, 2),
      field(fields.ethnicity, 4),
      field(fields.birth, 16),
      field(fields.address, 70),
      field(fields.idNumber, 36),
      field(fields.issuer, 30),
      field(fields.validFrom, 16),
      field(fields.validTo, 16),
      field(fields.reserve ?? '', 36),
    ]),
  );
}

/** A card with a rare character (䶮, CJK Ext-A U+4DAE) in the name; the number's check character is right (GB 11643). */
export const LI_YAN: FixtureFields = {
  name: '李䶮',
  sex: '1',
  ethnicity: '01',
  birth: '19900307',
  address: '四川省成都市锦江区红星路三段1号',
  idNumber: '510104199003071237',
  issuer: '成都市公安局锦江区分局',
  validFrom: '20160510',
  validTo: '20360510',
};
