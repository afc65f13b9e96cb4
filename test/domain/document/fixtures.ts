// Sample document input for the document tests: the seed-004 campaign (Ninh Bình preset), a few models, their statistics.
import { aggregate } from '../../../src/domain/aggregate';
import { quotaOf, type Config } from '../../../src/domain/config';
import type { DocModel, DocStats, UnitStat } from '../../../src/domain/document/data';
import { metaSchema, type DocumentMeta, type DocumentMetaInput } from '../../../src/domain/document/meta';
import type { Kind } from '../../../src/domain/kind';
import { NO_OFFICER_VALUES, type MasterRow, type OfficerValues } from '../../../src/domain/master';
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

export function meta(input: DocumentMetaInput = STATE_META, patch: Partial<DocumentMetaInput> = {}): DocumentMeta {
  return metaSchema.parse({ ...input, ...patch });
}

const m = (unit: string, unitType: string, name: string, model: string, regType: DocModel['regType'], field: string): DocModel => ({
  unit,
  unitType,
  name,
  model,
  regType,
  field,
  extra: {},
});

/** Models from three district federations and two sectoral unions, listed out of order on purpose. */
export const MODELS: DocModel[] = [
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

/** Statistics the aggregation would produce: every configured unit with its quota and status. */
export function statsFor(config: Config, models: readonly DocModel[]): DocStats {
  const byField: Record<string, number> = {};
  for (const f of config.fields) byField[f.code] = models.filter((x) => x.field === f.code).length;
  const byUnit: UnitStat[] = config.units.map((u) => {
    const count = models.filter((x) => x.unit === u.name).length;
    const quota = quotaOf(config, u);
    const status: UnitStat['status'] =
      count === 0 ? 'missing' : quota.min !== undefined && count < quota.min ? 'under' : quota.max !== undefined && count > quota.max ? 'over' : 'ok';
    return { unit: u.name, type: u.type, count, quota, status };
  });
  return {
    total: models.length,
    byField,
    byRegistration: {
      new: models.filter((x) => x.regType === 'new').length,
      continue: models.filter((x) => x.regType === 'continue').length,
    },
    byUnit,
    missingUnits: byUnit.filter((u) => u.status === 'missing').map((u) => u.unit),
  };
}

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

/** MODELS with the officer's follow-up: 7 effective, 6 recognised (Cơ sở 2, Huyện 1, Tỉnh 3), 3 proposed. */
export const FOLLOWED: DocModel[] = MODELS.map((x, i) => ({ ...x, kind: FOLLOW_UP[i][0], officer: { ...NO_OFFICER_VALUES, ...FOLLOW_UP[i][1] } }));

/** Statistics with the funnel, as the real aggregation of a master list holding these models counts it. */
export function statsWithFunnel(config: Config, models: readonly DocModel[]): DocStats {
  const rows: MasterRow[] = models.map((x, i) => ({
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
  const agg = aggregate([{ kind: 'master', source: { file: 'tong-hop.xlsx', sheet: 'Tổng hợp' }, rows, modified: null }], config);
  return { ...statsFor(config, models), funnel: agg.summary.funnel, byKind: agg.summary.byKind };
}
