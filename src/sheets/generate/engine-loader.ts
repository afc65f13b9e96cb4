// Loads the document engine on first use: DocEngine.js defines DVK_ENGINE_SOURCE, the engine bundle as a string.
import type * as Engine from './engine';

export type DocEngine = typeof Engine;

let engine: DocEngine | null = null;

export function docEngine(): DocEngine {
  if (!engine) {
    const source = (globalThis as { DVK_ENGINE_SOURCE?: string }).DVK_ENGINE_SOURCE;
    if (typeof source !== 'string') throw new Error('DocEngine.js is missing from the Apps Script project (run npm run build, then clasp push).');
    engine = new Function(`${source}\nreturn DVK_ENGINE;`)() as DocEngine;
  }
  return engine;
}
