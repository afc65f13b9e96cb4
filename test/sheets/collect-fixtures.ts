// Officers' spreadsheets for the collection menus' tests (bundle and page tests): a campaign with addresses, a
// “Cấu hình” typed as text, the distribution run through the dialog's calls, and units filling in their forms.
import { configToGrid } from '../../src/domain/config-sheet';
import { configSchema, type Config, type ConfigInput } from '../../src/domain/config';
import { PRESETS } from '../../src/domain/presets';
import type { DistributeInit, DistributeJob, DistributeStep } from '../../src/sheets/collect/api';
import type { JobInfo } from '../../src/sheets/aggregate-api';
import { runJob } from '../../src/sheets/dialog/driver';
import { ok, serverOf } from './builders';
import type { FakeSheet, FakeSpreadsheet } from './fake-gas';
import { session, type Session } from './session';

export const BASE = PRESETS['ldld-ninh-binh-2021'].config;
export const mail = (u: string) => `${u.split(' ').slice(-2).join('.').normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase()}@ldld.example.vn`;

/** The default campaign, with addresses (Yên Mô has two, Kim Sơn none) — or `n` units of a made-up province. */
export function campaign(n?: number): Config {
  const units =
    n === undefined
      ? BASE.units!.map((u) =>
          u.name.endsWith('Kim Sơn') ? u : { ...u, email: u.name.endsWith('Yên Mô') ? [mail(u.name), 'chutich.yenmo@ldld.example.vn'] : mail(u.name) },
        )
      : Array.from({ length: n }, (_, i) => ({ name: `Công đoàn ngành số ${i + 1}`, type: 'cd-nganh', email: `nganh${i + 1}@ldld.example.vn` }));
  return configSchema.parse({ ...BASE, units } satisfies ConfigInput);
}

/** An officer's spreadsheet whose “Cấu hình” is `config`, typed as text. */
export function officer(config: Config, name = 'Đăng ký Dân vận khéo 2021'): Session {
  const s = session({ name });
  writeConfig(s.gas.spreadsheet, config);
  return s;
}

export function writeConfig(ss: FakeSpreadsheet, config: Config): void {
  const existing = ss._sheets.find((x) => x._name === 'Cấu hình');
  const sheet = existing ?? ss._add('Cấu hình', 0);
  sheet._rows = [];
  configToGrid(config).forEach((row, r) =>
    row.forEach((v, c) => {
      sheet._cellW(r + 1, c + 1).format = '@';
      sheet._type(r + 1, c + 1, v === null ? null : String(v));
    }),
  );
}

export const folderLink = (id: string) => `https://drive.google.com/drive/folders/${id}?usp=sharing`;

/** The dialog's calls: start, steps until done, finish. */
export function distribute(s: Session, folder: string, units?: string[]): { steps: DistributeStep[]; summary: string } {
  const init = ok<DistributeInit>(s.call('distributeInit'));
  const job = ok<DistributeJob>(s.call('distributeStart', { folder, units: units ?? init.units.map((u) => u.name) }));
  return runSteps(s, job);
}

export function runSteps(s: Session, job: DistributeJob): { steps: DistributeStep[]; summary: string } {
  const steps: DistributeStep[] = [];
  let done = job.done;
  while (done < job.total) {
    const st = ok<DistributeStep>(s.call('distributeStep', job.jobId));
    steps.push(st);
    done = st.done;
  }
  const fin = ok<{ summary: string }>(s.call('distributeFinish', job.jobId));
  return { steps, summary: fin.summary };
}

export function filesIn(s: Session, folderId: string) {
  return s.gas.folders.get(folderId)!.files.map((id) => s.gas.files.get(id)!);
}

export function formOf(s: Session, folderId: string, unit: string): { ss: FakeSpreadsheet; sheet: FakeSheet; id: string } {
  const f = filesIn(s, folderId).find((x) => x.name === `${campaign().title} – ${unit}`);
  if (!f?.spreadsheet) throw new Error(`no form for ${unit}`);
  return { ss: f.spreadsheet, sheet: f.spreadsheet._sheet('Danh sách đăng ký'), id: f.id };
}

export const HOA_LU = 'Liên đoàn Lao động huyện Hoa Lư';
export const YEN_MO = 'Liên đoàn Lao động huyện Yên Mô';
export const Y_TE = 'Công đoàn ngành Y tế';
export const KIM_SON = 'Liên đoàn Lao động huyện Kim Sơn';

/** A unit types its models into its form, from row 9, as it would in Sheets (checkboxes ticked). */
export function fill(sheet: FakeSheet, models: [string, string][], done?: boolean): void {
  models.forEach(([name, model], i) => {
    const r = 9 + i;
    sheet._type(r, 1, i + 1);
    sheet._type(r, 2, name);
    sheet._type(r, 3, model);
    sheet._type(r, i % 2 ? 4 : 5, true);
    sheet._type(r, 6 + (i % 3), true);
  });
  if (done !== undefined) sheet._type(5, 4, done);
}

export const three = (p: string): [string, string][] => [1, 2, 3].map((i) => [`Công đoàn cơ sở ${p} ${i}`, `Mô hình ${p} ${i}`]);

/** The aggregation of a Drive folder, run through the dialog's calls; its summary. */
export async function aggregateFolder(s: Session, folder: string): Promise<string> {
  const server = serverOf(s);
  return runJob(server, ok<JobInfo>(await server.start({ kind: 'folder', folder })), { reading() {}, read() {}, writing() {} });
}
