// The built-in .docx templates, embedded in the Apps Script bundle by esbuild's base64 loader (scripts/build.mjs).
declare module '*.docx' {
  const base64: string;
  export default base64;
}
