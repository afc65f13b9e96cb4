// Apps Script blobs hold Java bytes (−128…127); the document core works on Uint8Array (0…255). Conversions both ways.

/** For Utilities.newBlob: each byte as a signed value, −128…127. */
export function toSignedBytes(bytes: Uint8Array): number[] {
  const out = new Array<number>(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    out[i] = b > 127 ? b - 256 : b;
  }
  return out;
}

/** From Blob.getBytes() or Utilities.base64Decode(): signed values (unsigned ones are taken as they are). */
export function fromSignedBytes(bytes: ArrayLike<number>): Uint8Array {
  const out = new Uint8Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) out[i] = bytes[i] & 0xff;
  return out;
}
