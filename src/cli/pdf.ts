// Converts a .docx to PDF with LibreOffice (soffice --headless), when it is installed.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, delimiter, extname, join } from 'node:path';
import { UserError } from './errors';

/** The LibreOffice command on PATH (soffice or libreoffice), or null. */
export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean))
    for (const name of ['soffice', 'libreoffice']) {
      const p = join(dir, name);
      try {
        accessSync(p, constants.X_OK);
        return p;
      } catch {
        // not here
      }
    }
  return null;
}

export const NO_SOFFICE =
  'Không tìm thấy LibreOffice (lệnh soffice) nên chưa tạo được bản PDF; tệp .docx vẫn được ghi. ' +
  'Cài LibreOffice (ví dụ: apt-get install libreoffice-writer-nogui) rồi chạy lại với --pdf.';

/**
 * LibreOffice's PDF export with every font embedded, the 14 standard PDF fonts too (EmbedStandardFonts): the PDF shows
 * the same on the signing machine whatever fonts it has. Fonts are embedded as subsets, as LibreOffice always does.
 */
export const PDF_EXPORT = 'pdf:writer_pdf_Export:{"EmbedStandardFonts":{"type":"boolean","value":"true"}}';

/** The PDF of `docxPath` (named `pdfPath` in messages); its own LibreOffice profile, so it never clashes with an open LibreOffice. */
export async function convertToPdf(soffice: string, docxPath: string, pdfPath: string): Promise<Uint8Array> {
  const work = await mkdtemp(join(tmpdir(), 'dvk-pdf-'));
  try {
    const r = spawnSync(
      soffice,
      [`-env:UserInstallation=file://${join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', PDF_EXPORT, '--outdir', work, docxPath],
      { encoding: 'utf8', timeout: 180_000 },
    );
    const produced = join(work, `${basename(docxPath, extname(docxPath))}.pdf`);
    let bytes: Buffer;
    try {
      bytes = await readFile(produced);
    } catch {
      throw new UserError(`${pdfPath}: LibreOffice không chuyển được sang PDF (${(r.stderr || r.error?.message || 'không rõ lý do').trim()}).`);
    }
    return new Uint8Array(bytes);
  } finally {
    // `work` is the folder mkdtemp made for this call: all it holds is LibreOffice's profile and the PDF it wrote.
    await rm(work, { recursive: true, force: true });
  }
}
