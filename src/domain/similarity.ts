// When is a model of a new list “the same model, renamed” as one of the previous master list? A measurable rule,
// documented in README (“Mô hình đổi tên”), so the officer's values never follow a model to an unrelated one.
//
// Names are compared as multisets of syllables of their loose form (no diacritics, lower case, punctuation
// dropped): the Dice coefficient 2·|A∩B| / (|A|+|B|). Two models of the same unit are close when both the
// collective's name and the model's name have a coefficient of at least RENAME_THRESHOLD; the score of the pair is
// the mean of the two. A model that is close to no previous model is a new model.
import { foldLoose } from './text';

export const RENAME_THRESHOLD = 0.7;

function syllables(s: string): string[] {
  const f = foldLoose(s);
  return f ? f.split(' ') : [];
}

/** Dice coefficient of two texts' syllable multisets; 1 for two empty texts. */
export function dice(a: string, b: string): number {
  const x = syllables(a);
  const y = syllables(b);
  if (!x.length && !y.length) return 1;
  if (!x.length || !y.length) return 0;
  const count = new Map<string, number>();
  for (const w of x) count.set(w, (count.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of y) {
    const n = count.get(w) ?? 0;
    if (n > 0) {
      shared++;
      count.set(w, n - 1);
    }
  }
  return (2 * shared) / (x.length + y.length);
}

export interface Named {
  name: string;
  model: string;
}

/** The pair's score when the two are close (see the rule above), else null. */
export function renameScore(prev: Named, next: Named): number | null {
  const a = dice(prev.name, next.name);
  const b = dice(prev.model, next.model);
  return a >= RENAME_THRESHOLD && b >= RENAME_THRESHOLD ? (a + b) / 2 : null;
}

export interface RenamePlan<P, N> {
  /** Pairs where each is the other's single best close match. */
  pairs: { prev: P; next: N; score: number }[];
  /** Previous models with two or more equally close new ones (or that tie with another previous one): nothing moves. */
  ambiguous: { prev: P; candidates: N[] }[];
}

/**
 * Pairs previous and new models by mutual, unique best score, repeatedly over what is left. Where a previous model's
 * best score is shared by two new ones, or a new one is the best of two previous ones equally, nothing moves: those
 * previous models are ambiguous, and the new ones they tie over are paired with no one.
 */
export function planRenames<P extends Named, N extends Named>(prevs: readonly P[], nexts: readonly N[]): RenamePlan<P, N> {
  const score = prevs.map((p) => nexts.map((n) => renameScore(p, n)));
  const pairs: RenamePlan<P, N>['pairs'] = [];
  const ambiguous: RenamePlan<P, N>['ambiguous'] = [];
  const doneP = new Set<number>();
  const doneN = new Set<number>();
  const bestOf = (scores: (number | null)[], skip: Set<number>) => {
    let best = -1;
    let at: number[] = [];
    scores.forEach((s, k) => {
      if (s === null || skip.has(k)) return;
      if (s > best) (best = s), (at = [k]);
      else if (s === best) at.push(k);
    });
    return { best, at };
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < prevs.length; i++) {
      if (doneP.has(i)) continue;
      const mine = bestOf(score[i], doneN);
      if (mine.best < 0) continue;
      const tiedPrevs = new Set<number>([i]);
      if (mine.at.length === 1) {
        const j = mine.at[0];
        const theirs = bestOf(
          prevs.map((_, k) => score[k][j]),
          doneP,
        );
        if (theirs.best > mine.best) continue; // a closer previous model takes it first
        if (theirs.at.length === 1) {
          pairs.push({ prev: prevs[i], next: nexts[j], score: mine.best });
          doneP.add(i);
          doneN.add(j);
          changed = true;
          continue;
        }
        for (const k of theirs.at) tiedPrevs.add(k);
      }
      // A tie: the previous models concerned move nowhere; the new ones they tie over take no one's values.
      for (const k of tiedPrevs) {
        doneP.add(k);
        ambiguous.push({ prev: prevs[k], candidates: mine.at.map((j) => nexts[j]) });
      }
      for (const j of mine.at) doneN.add(j);
      changed = true;
    }
  }
  return { pairs, ambiguous };
}
