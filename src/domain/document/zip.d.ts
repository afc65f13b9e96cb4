// Minimal typings of PizZip (re-exported by zip.js), so the domain type-check (types: []) never loads Node's types.

export interface ZipObject {
  name: string;
  dir: boolean;
  date: Date;
  asText(): string;
  asUint8Array(): Uint8Array;
}

export interface GenerateOptions {
  type: 'uint8array';
  compression?: 'STORE' | 'DEFLATE';
  compressionOptions?: { level: number } | null;
}

export default class PizZip {
  constructor(data?: Uint8Array | ArrayBuffer);
  files: Record<string, ZipObject>;
  file(name: string): ZipObject | null;
  file(name: string, data: string | Uint8Array, options?: { date?: Date; binary?: boolean }): this;
  remove(name: string): this;
  generate(options: GenerateOptions): Uint8Array;
}
