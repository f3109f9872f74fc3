// A record of typed arrays and strings as one file: a JSON header, then each
// array's own bytes, 8-byte aligned. Written with one writev of the arrays'
// memory and read back as views onto the file's bytes, so neither way copies
// an array. For the similarity engine's state (similarity.ts, toState): at
// 100× it is 154 MB, nearly all typed arrays, and v8.serialize copied them
// through Node's host-object path — a second to write, under the memory an
// incremental run holds, against a tenth of that to write the bytes as they
// are. Other values (numbers, small objects) go in the header as JSON.
import { open, readFile } from 'node:fs/promises';

type Packed = Int32Array | Uint8Array | Float32Array | Float64Array;
const KINDS = { Int32Array, Uint8Array, Float32Array, Float64Array } as const;
type Kind = keyof typeof KINDS;

interface Header {
  version: 1;
  /** Typed arrays and strings (as UTF-8), in file order after the header. */
  parts: { name: string; kind: Kind | 'utf8'; byteOffset: number; length: number }[];
  values: Record<string, unknown>;
}

const MAGIC = 'PACKED1\n';
const align = (n: number) => Math.ceil(n / 8) * 8;

export async function writePacked(file: string, record: object): Promise<void> {
  const parts: Header['parts'] = [];
  const bodies: Uint8Array[] = [];
  const values: Record<string, unknown> = {};
  let offset = 0;
  for (const [name, value] of Object.entries(record)) {
    const bytes =
      typeof value === 'string' && value.length > 256
        ? Buffer.from(value)
        : ArrayBuffer.isView(value)
          ? new Uint8Array(value.buffer, value.byteOffset, value.byteLength)
          : null;
    if (!bytes) {
      values[name] = value;
      continue;
    }
    const kind = typeof value === 'string' ? 'utf8' : (value!.constructor.name as Kind);
    if (kind !== 'utf8' && !(kind in KINDS)) throw new Error(`${file}: ${name} is a ${kind}, which a packed file does not hold`);
    parts.push({ name, kind, byteOffset: offset, length: typeof value === 'string' ? bytes.length : (value as Packed).length });
    bodies.push(bytes);
    const padded = align(bytes.byteLength);
    if (padded > bytes.byteLength) bodies.push(new Uint8Array(padded - bytes.byteLength));
    offset += padded;
  }
  const json = Buffer.from(JSON.stringify({ version: 1, parts, values } satisfies Header));
  const head = Buffer.alloc(align(MAGIC.length + 4 + json.length));
  head.write(MAGIC, 0, 'latin1');
  head.writeUInt32LE(json.length, MAGIC.length);
  json.copy(head, MAGIC.length + 4);
  const handle = await open(file, 'w');
  try {
    // writev takes at most IOV_MAX (1024) buffers a call.
    const all = [head, ...bodies];
    for (let i = 0; i < all.length; i += 1000) await handle.writev(all.slice(i, i + 1000));
  } finally {
    await handle.close();
  }
}

/** The record as written (the caller names its type); typed arrays are views onto the file's bytes. */
export async function readPacked<T extends object>(file: string): Promise<T> {
  const bytes = await readFile(file);
  if (bytes.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new Error(`${file}: not a packed file`);
  const jsonLength = bytes.readUInt32LE(MAGIC.length);
  const header = JSON.parse(bytes.toString('utf8', MAGIC.length + 4, MAGIC.length + 4 + jsonLength)) as Header;
  const start = align(MAGIC.length + 4 + jsonLength);
  // A view needs its offset aligned to its element size; a Buffer of its own (as a large readFile gives) starts at 0.
  const buffer = bytes.byteOffset % 8 === 0 ? bytes : Buffer.from(bytes);
  const record: Record<string, unknown> = { ...header.values };
  for (const part of header.parts) {
    const at = buffer.byteOffset + start + part.byteOffset;
    record[part.name] =
      part.kind === 'utf8'
        ? buffer.toString('utf8', start + part.byteOffset, start + part.byteOffset + part.length)
        : new KINDS[part.kind](buffer.buffer, at, part.length);
  }
  return record as T;
}
