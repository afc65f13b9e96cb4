// Sample document input for the document tests: the seed-004 campaign (Ninh Bình preset), a few models, and what the
// real aggregation makes of a master list holding them (statistics, units that sent nothing, the funnel).
import { aggregate, type Aggregate } from '../../../src/domain/aggregate';
import type { Config } from '../../../src/domain/config';
import type { DocumentModel } from '../../../src/domain/document/data';
import { metaSchema, type DocumentMeta, type DocumentMetaInput } from '../../../src/domain/document/meta';
import type { Kind } from '../../../src/domain/kind';
import { NO_OFFICER_VALUES, type MasterSheetRow, type OfficerValues } from '../../../src/domain/master';
import { presetConfig } from '../../../src/domain/presets';

export const FIXED_NOW = new Date('2021-07-20T08:30:00Z');

export function ninhBinh(): Config {
  return presetConfig('ldld-ninh-binh-2021')!;
}

/** Seed 004's own header, number, date and signature. */
export const STATE_META: DocumentMetaInput = {
  co_quan_chu_quan: 'Tổng Liên đoàn Lao động Việt Nam',
  co_quan: 'Liên đoàn Lao động tỉnh Ninh Bình',
  so: 29,
  ky_hieu: 'HD-LĐLĐ',
  dia_danh: 'Ninh Bình',
  ngay: '2021-07-06',
  trich_yeu: 'Các tiêu chí xây dựng mô hình, điển hình “Dân vận khéo” giai đoạn 2021 – 2025 trong các cấp công đoàn',
  can_cu: [
    'Căn cứ Hướng dẫn số 01-HD/BCĐ ngày 28/6/2021 của Ban Chỉ đạo phong trào thi đua “Dân vận khéo” tỉnh về việc ban hành hướng dẫn xây dựng mô hình, điển hình “Dân vận khéo” giai đoạn 2021 – 2025',
  ],
  noi_nhan: ['Ban Dân vận Tỉnh ủy', 'Ban Tuyên giáo Tổng LĐLĐ Việt Nam', 'Thường trực, các ban LĐLĐ tỉnh', 'LĐLĐ các huyện, thành phố, công đoàn ngành', 'Website'],
  luu: 'VT, TG-NC',
  quyen_han: 'TM. Ban Thường vụ',
  chuc_vu: 'Phó Chủ tịch Thường trực',
  nguoi_ky: 'Lê Thị Mai Thủy',
};

/** Seed 002's shape: a Party committee's programme. */
export const PARTY_META: DocumentMetaInput = {
  the_thuc: 'dang',
  co_quan_chu_quan: 'Đảng bộ huyện Thạch Hà',
  co_quan: 'Đảng ủy Y tế',
  so: 9,
  ky_hieu: 'CTr/ĐU',
  dia_danh: 'Thạch Hà',
  ngay: '2021-02-26',
  trich_yeu: 'Công tác dân vận năm 2021 của Đảng ủy',
  noi_nhan: ['Ban Dân vận Huyện ủy (để b/c)', 'Các chi bộ trực thuộc'],
  luu: 'Văn phòng Đảng ủy',
  quyen_han: 'TM. Đảng ủy',
  chuc_vu: 'Phó Bí thư',
  nguoi_ky: 'Nguyễn Văn An',
};

/** A 2026 ward Party committee (after the reorganisation: no district level), as issue 12 names the new bodies. */
export const WARD_PARTY_META: DocumentMetaInput = {
  the_thuc: 'dang',
  co_quan_chu_quan: 'Đảng bộ tỉnh Ninh Bình',
  co_quan: 'Đảng ủy phường Hoa Lư',
  so: 12,
  ky_hieu: 'KH/ĐU',
  dia_danh: 'Hoa Lư',
  ngay: '2026-03-05',
  trich_yeu: 'Xây dựng mô hình, điển hình “Dân vận khéo” giai đoạn 2026 – 2030',
  noi_nhan: ['Ban Tuyên giáo và Dân vận Tỉnh ủy (để b/c)', 'Các chi bộ trực thuộc'],
  luu: 'Văn phòng Đảng ủy',
  quyen_han: 'TM. Ban Thường vụ',
  chuc_vu: 'Phó Bí thư',
  nguoi_ky: 'Trần Thị Lan',
};

/** The standing committee of a 2026 ward Fatherland Front committee: the state layout (NĐ 30), its own header. */
export const WARD_FRONT_META: DocumentMetaInput = {
  the_thuc: 'nha-nuoc',
  co_quan_chu_quan: 'Ủy ban MTTQ Việt Nam phường Hoa Lư',
  co_quan: 'Ban Thường trực',
  so: 5,
  ky_hieu: 'HD-MTTQ-BTT',
  dia_danh: 'Hoa Lư',
  ngay: '2026-09-25',
  trich_yeu: 'Đăng ký mô hình “Dân vận khéo” năm 2026 của các cơ quan, chi bộ trên địa bàn phường',
  noi_nhan: ['Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (để b/c)', 'Đảng ủy phường (để b/c)', 'Các chi bộ khu dân cư'],
  luu: 'VT',
  quyen_han: 'TM. Ban Thường trực',
  chuc_vu: 'Chủ tịch',
  nguoi_ky: 'Nguyễn Văn Hùng',
};

export function meta(input: DocumentMetaInput = STATE_META, patch: Partial<DocumentMetaInput> = {}): DocumentMeta {
  return metaSchema.parse({ ...input, ...patch });
}

/** A model as a test writes it: what a master list row holds; kind and officer values optional. */
export type ModelSpec = Omit<DocumentModel, 'kind' | 'officer'> & { kind?: Kind | null; officer?: OfficerValues };

const m = (unit: string, unitType: string, name: string, model: string, regType: ModelSpec['regType'], field: string): ModelSpec => ({
  unit,
  unitType,
  name,
  model,
  regType,
  field,
  extra: {},
});

/** Models from three district federations and two sectoral unions, listed out of order on purpose. */
const SPECS: ModelSpec[] = [
  m('Liên đoàn Lao động huyện Yên Mô', 'ldld-huyen', 'Công đoàn xã Yên Thành', '“Mái ấm Công đoàn” cho đoàn viên khó khăn', 'new', 'VH-XH'),
  m('Liên đoàn Lao động huyện Yên Mô', 'ldld-huyen', 'Công đoàn Trường THCS Yên Phong', 'Đoàn viên giữ gìn trật tự trường học', 'continue', 'ANQP'),
  m('Liên đoàn Lao động huyện Yên Mô', 'ldld-huyen', 'Bà Phạm Thị Hoa', 'Vận động người lao động tham gia bảo hiểm xã hội', 'new', 'XD-HTCT'),
  m('Liên đoàn Lao động huyện Gia Viễn', 'ldld-huyen', 'Công đoàn Công ty May Gia Viễn', 'Bữa cơm ca an toàn, đủ chất', 'new', 'VH-XH'),
  m('Liên đoàn Lao động huyện Gia Viễn', 'ldld-huyen', 'Công đoàn Bệnh viện Đa khoa huyện', 'Nụ cười thầy thuốc', 'continue', 'VH-XH'),
  m('Liên đoàn Lao động huyện Gia Viễn', 'ldld-huyen', 'Công đoàn xã Gia Vân', 'Phát triển đoàn viên ở doanh nghiệp ngoài nhà nước', 'new', 'XD-HTCT'),
  m('Công đoàn ngành Y tế', 'cd-nganh', 'Công đoàn Trung tâm Y tế Kim Sơn', 'Khám bệnh lưu động cho người lao động', 'new', 'VH-XH'),
  m('Công đoàn ngành Giáo dục', 'cd-nganh', 'Công đoàn Trường THPT Hoa Lư A', 'Mỗi tuần một việc làm tốt', 'continue', 'VH-XH'),
  m('Công đoàn ngành Giáo dục', 'cd-nganh', 'Ông Đinh Văn Bình', 'Văn hóa giao thông trước cổng trường', 'new', 'ANQP'),
  m('Công đoàn ngành Giáo dục', 'cd-nganh', 'Công đoàn Trường Mầm non Tam Điệp', 'Trường học xanh - sạch - đẹp', 'new', 'VH-XH'),
  m('Liên đoàn Lao động huyện Hoa Lư', 'ldld-huyen', 'Công đoàn xã Ninh Hải', 'Du lịch cộng đồng văn minh', 'continue', 'VH-XH'),
];

/**
 * What the real aggregation makes of a master list (“Tổng hợp”) holding these models, in this order: the statistics
 * (every configured unit with its quota and status, by its own rules), the units that sent nothing, the funnel.
 */
export function aggregateOf(config: Config, models: readonly ModelSpec[]): Aggregate {
  const rows: MasterSheetRow[] = models.map((x, i) => ({
    masterRow: i + 2,
    unit: { name: x.unit, type: x.unitType },
    name: x.name,
    model: x.model,
    regType: x.regType,
    field: x.field,
    extra: x.extra,
    kind: x.kind ?? null,
    codes: [],
    source: { file: 'tong-hop.xlsx', sheet: 'Tổng hợp', row: i + 2 },
    date: '2021-07-10',
    officer: x.officer ?? { ...NO_OFFICER_VALUES },
    sourceModified: null,
    fingerprint: '',
    officerEdited: [],
    own: {},
  }));
  return aggregate([{ kind: 'master', source: { file: 'tong-hop.xlsx', sheet: 'Tổng hợp' }, rows, modified: null }], config);
}

/** Right after registration: the lists as the units sent them, no officer value yet. */
export const REGISTERED = aggregateOf(ninhBinh(), SPECS);

/** An aggregate's models in the order they are written here (the aggregation lists them by unit). */
const asWritten = (agg: Aggregate) => SPECS.map((s) => agg.models.find((x) => x.unit === s.unit && x.model === s.model)!);

/** REGISTERED's models, in the order written above. */
export const MODELS = asWritten(REGISTERED);

/** What the officer recorded a year on, model by model (same order as MODELS); Ninh Bình levels: Cơ sở, Huyện…, Tỉnh. */
const FOLLOW_UP: [Kind, Partial<OfficerValues>][] = [
  ['tap-the', { implementation: 'Hiệu quả', level: 'Cơ sở', recognisedOn: '2022-09-15', commendation: 'Giấy khen của LĐLĐ tỉnh' }],
  ['tap-the', { implementation: 'Đang triển khai' }],
  ['ca-nhan', { implementation: 'Hiệu quả', level: 'Tỉnh', recognisedOn: '2022-09-28', commendation: 'Bằng khen của UBND tỉnh' }],
  ['tap-the', { implementation: 'Hiệu quả', level: 'Huyện, thành phố, ngành', recognisedOn: '2022-09-20' }],
  // Typed in capitals: the level still matches, folded.
  ['tap-the', { implementation: 'Hiệu quả', level: 'TỈNH', recognisedOn: '2022-09-30', commendation: 'Bằng khen của Tổng LĐLĐ Việt Nam' }],
  ['tap-the', { implementation: 'Dừng', note: 'Đơn vị sáp nhập' }],
  ['tap-the', { implementation: 'Hiệu quả', level: 'Cơ sở', recognisedOn: '2022-08-30' }],
  ['tap-the', { implementation: 'Đang triển khai' }],
  ['ca-nhan', { implementation: 'Hiệu quả', level: 'Tỉnh', recognisedOn: '2022-09-28' }],
  ['tap-the', {}],
  ['tap-the', { implementation: 'Hiệu quả' }],
];

/** A year on, the same models with the officer's follow-up: 7 effective, 6 recognised (Cơ sở 2, Huyện 1, Tỉnh 3), 3 proposed. */
export const FOLLOWED_UP = aggregateOf(
  ninhBinh(),
  SPECS.map((x, i) => ({ ...x, kind: FOLLOW_UP[i][0], officer: { ...NO_OFFICER_VALUES, ...FOLLOW_UP[i][1] } })),
);
/** FOLLOWED_UP's models, in the order written above. */
export const FOLLOWED = asWritten(FOLLOWED_UP);
