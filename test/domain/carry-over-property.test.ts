// Issue 9 §10: random sequences of aggregate → officer edits (officer columns, own columns, corrections of list values)
// → units re-send, rename, replace or drop models → re-aggregate. Every officer value is on its own model or listed
// in “Kiểm tra”; none is ever on another model. Models carry a hidden identity the tool never sees.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregate, type Aggregate, type SourceInput } from '../../src/domain/aggregate';
import type { Cell } from '../../src/domain/grid';
import { readMasterTable } from '../../src/domain/master';
import { presetConfig } from '../../src/domain/presets';
import { masterTable } from '../../src/domain/master';
import { validateList } from '../../src/domain/validate';
import { seedGrid } from './grids';

const config = presetConfig()!;
const UNITS = ['LĐLĐ HUYỆN HOA LƯ', 'LĐLĐ HUYỆN YÊN MÔ', 'LĐLĐ HUYỆN GIA VIỄN'];

/** Syllables for names: each model's name is drawn from its own, so unrelated models share nothing. */
const SYLLABLES = 'an bình cầu dân em giang hà khánh lâm minh nga phú quang sơn tâm uyên vân xuân yến đông'.split(' ');
const word = (n: number) => SYLLABLES[n % SYLLABLES.length] + (n >= SYLLABLES.length ? String(Math.floor(n / SYLLABLES.length)) : '');

interface Model {
  id: number;
  name: string;
  model: string;
}

type Action = { kind: 'keep' } | { kind: 'rename'; i: number } | { kind: 'replace'; i: number } | { kind: 'drop'; i: number } | { kind: 'add' } | { kind: 'silent' };

const action = fc.oneof(
  fc.constant<Action>({ kind: 'keep' }),
  fc.nat(5).map<Action>((i) => ({ kind: 'rename', i })),
  fc.nat(5).map<Action>((i) => ({ kind: 'replace', i })),
  fc.nat(5).map<Action>((i) => ({ kind: 'drop', i })),
  fc.constant<Action>({ kind: 'add' }),
  fc.constant<Action>({ kind: 'silent' }),
);

interface Edit {
  officer: boolean;
  own: boolean;
  correct: boolean;
}
const edit = fc.record({ officer: fc.boolean(), own: fc.boolean(), correct: fc.boolean() });

describe('carry-over, as a property', () => {
  it('never loses an officer value and never moves one to another model', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.array(action, { minLength: 3, maxLength: 3 }), fc.array(edit, { minLength: 12, maxLength: 12 })), { minLength: 1, maxLength: 4 }), (rounds) => {
        let nextId = 0;
        let nextToken = 0;
        const fresh = (): Model => {
          const id = nextId++;
          // Four syllables of its own per model; collectives differ per model too.
          return { id, name: `Tổ ${word(id * 7)} ${word(id * 7 + 1)}`, model: `Mô hình ${word(id * 7 + 2)} ${word(id * 7 + 3)} ${word(id * 7 + 4)} ${word(id * 7 + 5)}` };
        };
        const lists = UNITS.map(() => [fresh(), fresh(), fresh()]);
        const byModelName = new Map<string, number>();
        const remember = () => lists.forEach((l) => l.forEach((m) => byModelName.set(m.model, m.id)));
        remember();
        const inputs = (modified: number, silent: Set<number>): SourceInput[] =>
          UNITS.flatMap((u, k) =>
            silent.has(k)
              ? []
              : [
                  {
                    kind: 'list',
                    source: { file: `don-vi-${k}.xlsx`, sheet: 'Sheet1' },
                    result: validateList(seedGrid(u, lists[k].map((m, i) => ({ stt: i + 1, name: m.name, model: m.model, new: 'x', fields: ['x'] }))), config),
                    modified,
                  } as SourceInput,
                ],
          );
        let agg: Aggregate = aggregate(inputs(1, new Set()), config);
        /** Every token typed so far, with the identity of the model it was typed on. */
        const typed = new Map<string, number>();
        for (const [round, [actions, edits]] of rounds.entries()) {
          // The officer edits the master: officer columns, an own column, corrections of a model's name.
          const rows = masterTable(agg, config).rows.map((r) => [...r]);
          const head = rows[0];
          if (!head.includes('Ghi chú riêng')) rows.forEach((r, i) => r.push(i === 0 ? 'Ghi chú riêng' : null));
          const col = (h: string) => rows[0].indexOf(h);
          rows.slice(1).forEach((r, i) => {
            const e: Edit | undefined = edits[i];
            const id = byModelName.get(r[col('Tên mô hình hoặc điển hình')] as string);
            if (!e || id === undefined) return;
            const token = () => {
              const t = `T${nextToken++}x`;
              typed.set(t, id);
              return t;
            };
            // Appended, so an earlier value stays (replacing it would be the officer's own choice, not a loss).
            const add = (c: number) => (r[c] = [r[c], token()].filter((x) => x !== null && x !== undefined && x !== '').join(' '));
            if (e.officer) add(col('Ghi chú'));
            if (e.own) add(col('Ghi chú riêng'));
            if (e.correct) {
              // A correction: the officer's own spelling of the model's name, tied to the same model.
              const corrected = `${r[col('Tên mô hình hoặc điển hình')]} ${token()}`;
              byModelName.set(corrected, id);
              r[col('Tên mô hình hoặc điển hình')] = corrected;
            }
          });
          // Units act.
          const silent = new Set<number>();
          actions.forEach((a, k) => {
            const l = lists[k];
            if (a.kind === 'silent') silent.add(k);
            else if (a.kind === 'add') l.push(fresh());
            else if (a.kind !== 'keep' && l.length) {
              const i = a.i % l.length;
              if (a.kind === 'drop') l.splice(i, 1);
              else if (a.kind === 'replace') l[i] = fresh();
              else l[i] = { ...l[i], model: `${l[i].model} mở rộng` }; // one syllable more of five: close
            }
          });
          remember();
          const t = readMasterTable({ values: rows, merges: [] }, config)!;
          agg = aggregate(inputs(2 + round, silent), config, { previous: { source: { file: 'tong-hop.xlsx', sheet: 'Tổng hợp' }, ...t } });
          // Check: each token is on its own model, or listed in a finding; never on another model.
          const onRows = new Map<string, number>();
          for (const m of agg.models) {
            const id = byModelName.get(m.model) ?? byModelName.get(m.model.replace(/ T\d+x$/g, ''));
            const texts: Cell[] = [m.officer.note, ...Object.values(m.own), m.model];
            for (const v of texts)
              for (const tok of String(v ?? '').match(/T\d+x/g) ?? []) {
                expect(id, `model “${m.model}” is unknown`).toBeDefined();
                onRows.set(tok, id!);
              }
          }
          const listed = agg.findings.map((f) => f.message).join('\n');
          for (const [tok, id] of typed) {
            if (onRows.has(tok)) expect(onRows.get(tok), `${tok} moved to another model`).toBe(id);
            else expect(listed, `${tok} was lost`).toContain(tok);
          }
          // Tokens listed as lost are reported once; they are not carried into the next round.
          for (const tok of [...typed.keys()]) if (!onRows.has(tok)) typed.delete(tok);
        }
      }),
      { numRuns: 150 },
    );
  });
});
