// Built-in campaigns from the seed documents. The seed-004 campaign is the default.
import { configSchema, type Config, type ConfigInput } from './config';

const FIELDS_3: ConfigInput['fields'] = [
  { code: 'VH-XH', label: 'Văn hóa - xã hội', aliases: ['VH - XH', 'Văn hóa xã hội', 'VHXH'] },
  { code: 'ANQP', label: 'An ninh - quốc phòng', aliases: ['AN - QP', 'AN-QP', 'Quốc phòng - an ninh', 'QP-AN', 'QPAN'] },
  {
    code: 'XD-HTCT',
    label: 'Xây dựng hệ thống chính trị',
    aliases: ['XD HTCT', 'XDHTCT', 'Xây dựng HTCT', 'XD hệ thống chính trị'],
  },
];

const FIELDS_4: ConfigInput['fields'] = [
  {
    code: 'XD-HTCT',
    label: 'Xây dựng Đảng, hệ thống chính trị',
    aliases: ['XD Đảng, HTCT', 'Xây dựng Đảng', 'XD HTCT', 'Xây dựng HTCT', 'Xây dựng hệ thống chính trị'],
  },
  { code: 'KT', label: 'Phát triển kinh tế', aliases: ['Kinh tế', 'PTKT', 'Phát triển KT'] },
  { code: 'VH-XH', label: 'Văn hóa - xã hội', aliases: ['VH - XH', 'Văn hóa xã hội', 'VHXH'] },
  { code: 'QP-AN', label: 'Quốc phòng - an ninh', aliases: ['QP - AN', 'QPAN', 'An ninh - quốc phòng', 'ANQP', 'AN - QP', 'AN-QP'] },
];

/** Seeds 000 and 003: a collective model names its place, implementing unit, and content and form of activity. */
const COLLECTIVE_COLUMNS: ConfigInput['columns'] = [
  {
    key: 'dia_diem',
    label: 'Địa điểm triển khai',
    aliases: ['Địa bàn triển khai', 'Địa chỉ', 'Địa điểm', 'Địa bàn thực hiện', 'Địa chỉ, địa bàn triển khai'],
    required: true,
  },
  {
    key: 'don_vi_thuc_hien',
    label: 'Cơ quan, đơn vị thực hiện',
    aliases: ['Đơn vị thực hiện', 'Cơ quan thực hiện', 'Cơ quan/đơn vị thực hiện'],
    required: true,
  },
  {
    key: 'noi_dung',
    label: 'Nội dung, hình thức hoạt động',
    aliases: ['Nội dung và hình thức hoạt động', 'Nội dung', 'Nội dung, hình thức', 'Nội dung hoạt động'],
    required: true,
  },
];

const DISTRICT_END = '2025-06-30'; // district level abolished from 1 July 2025 (Nghị quyết 202/2025/QH15)
const district = (name: string) => ({ name, type: 'ldld-huyen', validTo: DISTRICT_END });
const sector = (name: string) => ({ name, type: 'cd-nganh' });

export const PRESETS: Record<string, { description: string; config: ConfigInput }> = {
  'ldld-ninh-binh-2021': {
    description: 'LĐLĐ tỉnh Ninh Bình, Hướng dẫn 29/HD-LĐLĐ ngày 06/7/2021 (mặc định)',
    config: {
      title: 'Đăng ký xây dựng mô hình, điển hình “Dân vận khéo” giai đoạn 2021 – 2025',
      fields: FIELDS_3,
      unitTypes: [
        {
          code: 'ldld-huyen',
          label: 'LĐLĐ huyện, thành phố',
          match: ['Liên đoàn Lao động huyện', 'Liên đoàn Lao động thành phố', 'Liên đoàn Lao động thị xã'],
          quota: { min: 3, max: 3 },
        },
        {
          code: 'cd-nganh',
          label: 'Công đoàn ngành',
          match: ['Công đoàn ngành', 'Công đoàn Viên chức'],
          quota: { min: 2, max: 2 },
        },
        { code: 'cd-kcn', label: 'Công đoàn các Khu công nghiệp', match: ['Công đoàn các Khu công nghiệp'], quota: {} },
      ],
      units: [
        district('Liên đoàn Lao động thành phố Ninh Bình'),
        district('Liên đoàn Lao động thành phố Tam Điệp'),
        district('Liên đoàn Lao động huyện Hoa Lư'),
        district('Liên đoàn Lao động huyện Gia Viễn'),
        district('Liên đoàn Lao động huyện Nho Quan'),
        district('Liên đoàn Lao động huyện Yên Khánh'),
        district('Liên đoàn Lao động huyện Yên Mô'),
        district('Liên đoàn Lao động huyện Kim Sơn'),
        sector('Công đoàn ngành Y tế'),
        sector('Công đoàn ngành Giáo dục'),
        sector('Công đoàn ngành Công Thương'),
        sector('Công đoàn ngành Xây dựng'),
        sector('Công đoàn ngành Nông nghiệp và Phát triển nông thôn'),
        sector('Công đoàn ngành Giao thông vận tải'),
        sector('Công đoàn Viên chức tỉnh'),
        { name: 'Công đoàn các Khu công nghiệp tỉnh', type: 'cd-kcn' },
      ],
      deadline: '2021-07-15',
      deadlines: [{ key: 'dang-ky', label: 'Gửi danh sách đăng ký mô hình', date: '2021-07-15' }],
      recognitionLevels: [
        { code: 'co-so', label: 'Cơ sở' },
        { code: 'huyen', label: 'Huyện, thành phố, ngành' },
        { code: 'tinh', label: 'Tỉnh' },
      ],
    },
  },
  'cdn-y-te-2017': {
    description: 'Công đoàn ngành Y tế, Kế hoạch 61/KH-CĐN ngày 28/4/2017, giai đoạn 2017-2020',
    config: {
      title: 'Xây dựng mô hình “Dân vận khéo” ngành Y tế giai đoạn 2017-2020',
      fields: FIELDS_4,
      unitTypes: [
        {
          code: 'cdcs',
          label: 'Công đoàn cơ sở',
          match: ['Công đoàn cơ sở', 'Công đoàn Bệnh viện', 'Công đoàn Trung tâm', 'Công đoàn Sở', 'Công đoàn Chi cục'],
          quota: { min: 1 },
        },
      ],
      units: [],
      columns: COLLECTIVE_COLUMNS,
      deadlines: [
        { key: 'bao-cao', label: 'Báo cáo kết quả thực hiện năm', date: '2017-10-30' },
        { key: 'de-nghi', label: 'Gửi hồ sơ đề nghị khen thưởng giai đoạn 2017-2020', date: '2020-04-29' },
      ],
      recognitionLevels: [
        { code: 'co-so', label: 'Cơ sở' },
        { code: 'nganh', label: 'Ngành Y tế' },
      ],
    },
  },
  'dang-uy-khoi-2024': {
    description: 'Ban Tuyên giáo Đảng ủy Khối cơ quan Dân Chính Đảng, đăng ký mô hình hằng năm (trước 20/3)',
    config: {
      title: 'Đăng ký mô hình “Dân vận khéo” năm 2024',
      fields: FIELDS_4,
      unitTypes: [
        { code: 'to-chuc-dang', label: 'Tổ chức cơ sở đảng', match: ['Chi bộ', 'Đảng bộ', 'Đảng ủy'], quota: {} },
        {
          code: 'doan-the',
          label: 'Đoàn thể',
          match: ['Công đoàn', 'Đoàn Thanh niên', 'Chi đoàn', 'Hội Cựu chiến binh', 'Hội Phụ nữ', 'Chi hội'],
          quota: {},
        },
      ],
      units: [],
      deadline: '2024-03-20',
      columns: COLLECTIVE_COLUMNS,
      // Seed 003: registrations before 20/3 each year, grassroots recognition before 01/10, proposals before 10/10.
      deadlines: [
        { key: 'dang-ky', label: 'Đăng ký mô hình', date: '2024-03-20' },
        { key: 'cong-nhan', label: 'Cơ sở công nhận mô hình', date: '2024-10-01' },
        { key: 'de-nghi', label: 'Đề nghị công nhận cấp Đảng ủy Khối, cấp thành phố', date: '2024-10-10' },
      ],
      recognitionLevels: [
        { code: 'co-so', label: 'Cơ sở' },
        { code: 'dang-uy-khoi', label: 'Đảng ủy Khối' },
        { code: 'thanh-pho', label: 'Thành phố' },
      ],
    },
  },
};

export const DEFAULT_PRESET = 'ldld-ninh-binh-2021';

export function presetConfig(name: string = DEFAULT_PRESET): Config | null {
  const p = PRESETS[name];
  return p ? configSchema.parse(p.config) : null;
}
