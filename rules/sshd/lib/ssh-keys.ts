/** Reading OpenSSH public-key lines (`ssh-rsa AAAA... comment`). */

/** Read one SSH wire-format string (uint32 length + bytes) at `offset`. */
function readString(buf: Buffer, offset: number): { value: Buffer; next: number } | undefined {
  if (offset + 4 > buf.length) return undefined;
  const len = buf.readUInt32BE(offset);
  const end = offset + 4 + len;
  if (end > buf.length) return undefined;
  return { value: buf.subarray(offset + 4, end), next: end };
}

/** Bits of an RSA public key's modulus from a `.pub` line, or undefined when the line is not an ssh-rsa key. */
export function rsaBits(line: string): number | undefined {
  const [type, blob] = line.trim().split(/\s+/);
  if (type !== 'ssh-rsa' || blob === undefined) return undefined;
  const buf = Buffer.from(blob, 'base64');
  const name = readString(buf, 0);
  if (name?.value.toString() !== 'ssh-rsa') return undefined;
  const e = readString(buf, name.next);
  const n = e && readString(buf, e.next);
  if (n === undefined) return undefined;
  let bytes = n.value;
  while (bytes.length > 0 && bytes[0] === 0) bytes = bytes.subarray(1); // mpint sign padding
  const top = bytes[0];
  return top === undefined ? 0 : (bytes.length - 1) * 8 + (32 - Math.clz32(top));
}
