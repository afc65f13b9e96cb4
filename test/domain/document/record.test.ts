// The NĐ 30 Phụ lục VI record of a document, its JSON file with a content check, and a PDF's page count.
import { describe, expect, it } from 'vitest';
import { buildDocumentData } from '../../../src/domain/document/data';
import { currentPack } from '../../../src/domain/document/packs';
import { pdfPageCount } from '../../../src/domain/document/pdf-pages';
import { documentRecord, recordJson, recordOwnership } from '../../../src/domain/document/record';
import { PARTY_META, REGISTERED, STATE_META, WARD_FRONT_META, meta, ninhBinh } from './fixtures';

const record = (input = STATE_META, patch = {}) => {
  const { data, pack } = buildDocumentData({ meta: meta(input, patch), config: ninhBinh(), aggregate: REGISTERED });
  return documentRecord(data, pack);
};

describe('documentRecord', () => {
  it('holds the fields a records office enters (NĐ 30 Phụ lục VI)', () => {
    expect(record()).toEqual({
      so_ky_hieu: '29/HD-LĐLĐ',
      so: '29',
      ky_hieu: 'HD-LĐLĐ',
      ngay_ban_hanh: '2021-07-06',
      ten_loai: 'Hướng dẫn',
      trich_yeu: 'Các tiêu chí xây dựng mô hình, điển hình “Dân vận khéo” giai đoạn 2021 – 2025 trong các cấp công đoàn',
      co_quan_ban_hanh: 'Liên đoàn Lao động tỉnh Ninh Bình',
      co_quan_chu_quan: 'Tổng Liên đoàn Lao động Việt Nam',
      chuc_vu_nguoi_ky: ['TM. BAN THƯỜNG VỤ', 'PHÓ CHỦ TỊCH THƯỜNG TRỰC'],
      nguoi_ky: 'Lê Thị Mai Thủy',
      noi_nhan: ['Ban Dân vận Tỉnh ủy', 'Ban Tuyên giáo Tổng LĐLĐ Việt Nam', 'Thường trực, các ban LĐLĐ tỉnh', 'LĐLĐ các huyện, thành phố, công đoàn ngành', 'Website'],
      luu: 'VT, TG-NC',
      ngon_ngu: 'Tiếng Việt',
      the_thuc: 'Văn bản hành chính (NĐ 30/2020/NĐ-CP)',
      goi_quy_tac: 'nd30-2020',
    });
  });

  it('a Party document, a Front standing committee, a number and date left for the clerk', () => {
    expect(record(PARTY_META, { ky_hieu: 'CTr/ĐU' })).toMatchObject({ so_ky_hieu: '09-CTr/ĐU', luu: 'Văn phòng Đảng ủy', goi_quy_tac: 'hd36-2018', chuc_vu_nguoi_ky: ['T/M ĐẢNG ỦY', 'PHÓ BÍ THƯ'] });
    expect(record(WARD_FRONT_META).co_quan_ban_hanh).toBe('Ban Thường trực Ủy ban MTTQ Việt Nam phường Hoa Lư');
    expect(record(STATE_META, { so: undefined, ngay: undefined })).toMatchObject({ so_ky_hieu: null, so: null, ngay_ban_hanh: null });
  });
});

describe('the record file', () => {
  it('is the tool’s while unchanged; an edit makes it the officer’s; anything else is foreign', () => {
    const text = recordJson({ tep: 'hd.docx', ...record(), so_trang: 4 });
    expect(JSON.parse(text)).toMatchObject({ tep: 'hd.docx', so_trang: 4, cong_cu: 'Dân vận khéo' });
    expect(recordOwnership(text)).toBe('ours');
    expect(recordOwnership(`\ufeff${text}`)).toBe('ours');
    expect(recordOwnership(text.replace('"so_trang": 4', '"so_trang": 5'))).toBe('edited');
    expect(recordOwnership('{"so": 1}')).toBe('foreign');
    expect(recordOwnership('không phải JSON')).toBe('foreign');
    expect(recordOwnership('[1]')).toBe('foreign');
  });
});

describe('pdfPageCount', () => {
  const pdf = (s: string) => new TextEncoder().encode(s);
  it('reads the page tree’s root count; null when there is none', () => {
    expect(pdfPageCount(pdf('%PDF-1.7\n2 0 obj\n<</Type/Pages\n/Kids[ 1 0 R 4 0 R ]\n/Count 2>>\nendobj\n'))).toBe(2);
    expect(pdfPageCount(pdf('%PDF-1.7\n<< /Type /Pages /Kids [3 0 R] /Count 12 >>\n<< /Type /Pages /Parent 1 0 R /Count 5 >>'))).toBe(12);
    expect(pdfPageCount(pdf('%PDF-1.7\n<< /Type /Page >>'))).toBeNull();
    expect(currentPack('nha-nuoc').id).toBe('nd30-2020');
  });
});
