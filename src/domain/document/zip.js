// PizZip for the domain. The typings beside this file (zip.d.ts) stand in for pizzip's own, which pull in @types/node.
export { default } from 'pizzip';
