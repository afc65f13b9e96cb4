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

/**
 * The 2026–2030 phase keeps the four fields of seeds 003 and 000 (no newer central list was found); the aliases add the
 * ways ward and commune officers head these columns or write a field in one “Lĩnh vực” column.
 */
const FIELDS_2026: ConfigInput['fields'] = [
  {
    code: 'XD-HTCT',
    label: 'Xây dựng Đảng, hệ thống chính trị',
    aliases: [
      'XD Đảng, HTCT',
      'Xây dựng Đảng',
      'XD HTCT',
      'Xây dựng HTCT',
      'Xây dựng hệ thống chính trị',
      'Xây dựng Đảng và hệ thống chính trị',
      'XD Đảng và HTCT',
      'XDĐ, HTCT',
    ],
  },
  { code: 'KT', label: 'Phát triển kinh tế', aliases: ['Kinh tế', 'PTKT', 'Phát triển KT', 'PT kinh tế'] },
  { code: 'VH-XH', label: 'Văn hóa - xã hội', aliases: ['VH - XH', 'Văn hóa xã hội', 'VHXH', 'Văn hóa, xã hội', 'VH, XH'] },
  {
    code: 'QP-AN',
    label: 'Quốc phòng - an ninh',
    aliases: ['QP - AN', 'QPAN', 'Quốc phòng, an ninh', 'An ninh - quốc phòng', 'ANQP', 'AN - QP', 'AN-QP', 'QP, AN'],
  },
];

/**
 * The ten items a 2026 ward guidance asks of every model (DOMAIN.md §4a). The first, the model's name, is the form's own
 * “Tên mô hình” column (always required: MISSING_MODEL_NAME); the other nine are campaign columns of long text, several
 * lines per cell. Required: the content and way of working, who carries it out and the verifiable outputs. Aliases are the
 * headers officers type; a bare “Đối tượng” is left out on purpose: it is also the header of a “Tập thể/Cá nhân” column.
 */
const NINE_ITEMS: NonNullable<ConfigInput['columns']> = [
  {
    key: 'thuc_trang',
    label: 'Thực trạng, lý do',
    aliases: [
      'Thực trạng và lý do',
      'Thực trạng, lý do xây dựng mô hình',
      'Thực trạng',
      'Lý do xây dựng mô hình',
      'Lý do',
      'Sự cần thiết',
      'Sự cần thiết xây dựng mô hình',
    ],
  },
  {
    key: 'muc_tieu',
    label: 'Mục tiêu, tiêu chí',
    aliases: ['Mục tiêu và tiêu chí', 'Mục tiêu', 'Mục tiêu, chỉ tiêu', 'Tiêu chí', 'Mục đích, yêu cầu'],
  },
  {
    key: 'noi_dung',
    label: 'Nội dung, cách làm',
    aliases: [
      'Nội dung và cách làm',
      'Nội dung, cách thức thực hiện',
      'Nội dung, phương pháp thực hiện',
      'Nội dung, hình thức hoạt động',
      'Nội dung thực hiện',
      'Nội dung',
      'Cách làm',
      'Cách thức thực hiện',
    ],
    required: true,
  },
  {
    key: 'dia_ban',
    label: 'Địa bàn, đối tượng',
    aliases: [
      'Địa bàn và đối tượng',
      'Đối tượng, địa bàn',
      'Địa bàn, đối tượng tác động',
      'Đối tượng tác động',
      'Phạm vi, đối tượng',
      'Địa bàn triển khai',
      'Địa điểm triển khai',
      'Địa bàn',
    ],
  },
  {
    key: 'chu_the',
    label: 'Chủ thể thực hiện',
    aliases: [
      'Chủ thể',
      'Lực lượng thực hiện',
      'Lực lượng tham gia',
      'Người thực hiện',
      'Cơ quan, đơn vị thực hiện',
      'Đơn vị thực hiện',
      'Người, tổ chức thực hiện',
    ],
    required: true,
  },
  {
    key: 'nguon_luc',
    label: 'Nguồn lực',
    aliases: ['Nguồn lực thực hiện', 'Nguồn lực, kinh phí', 'Kinh phí, nguồn lực', 'Kinh phí thực hiện', 'Nguồn kinh phí', 'Kinh phí'],
  },
  {
    key: 'thoi_gian',
    label: 'Thời gian thực hiện',
    aliases: ['Thời gian', 'Thời gian triển khai', 'Thời gian, lộ trình', 'Lộ trình thực hiện', 'Tiến độ thực hiện', 'Tiến độ'],
  },
  {
    key: 'san_pham',
    label: 'Sản phẩm, kết quả kiểm chứng được',
    aliases: [
      'Sản phẩm/kết quả kiểm chứng được',
      'Sản phẩm, kết quả có thể kiểm chứng',
      'Kết quả kiểm chứng được',
      'Sản phẩm kiểm chứng được',
      'Sản phẩm, kết quả',
      'Sản phẩm đầu ra',
      'Sản phẩm',
      'Kết quả dự kiến',
      'Kết quả đạt được',
      'Kết quả',
    ],
    required: true,
  },
  {
    key: 'duy_tri',
    label: 'Khả năng duy trì, nhân rộng',
    aliases: [
      'Khả năng duy trì và nhân rộng',
      'Khả năng duy trì, nhân rộng mô hình',
      'Khả năng nhân rộng',
      'Khả năng lan tỏa, nhân rộng',
      'Duy trì, nhân rộng',
      'Tính bền vững, khả năng nhân rộng',
      'Tính bền vững',
    ],
  },
];

/** The first words of each item after its number in the guidance (the name is 1): “2. Thực trạng, lý do”, “(9) Sản phẩm…”. */
const ITEM_WORDS: Record<string, string[]> = {
  thuc_trang: ['Thực trạng', 'Lý do', 'Sự cần thiết'],
  muc_tieu: ['Mục tiêu', 'Tiêu chí', 'Mục đích'],
  noi_dung: ['Nội dung', 'Cách làm', 'Cách thức'],
  dia_ban: ['Địa bàn', 'Đối tượng', 'Phạm vi', 'Địa điểm'],
  chu_the: ['Chủ thể', 'Lực lượng', 'Người thực hiện', 'Cơ quan, đơn vị thực hiện', 'Đơn vị thực hiện'],
  nguon_luc: ['Nguồn lực', 'Kinh phí', 'Nguồn kinh phí'],
  thoi_gian: ['Thời gian', 'Tiến độ', 'Lộ trình'],
  san_pham: ['Sản phẩm', 'Kết quả'],
  duy_tri: ['Khả năng', 'Duy trì', 'Tính bền vững'],
};

/**
 * The nine columns, each also read under its number: a header is folded without punctuation before it is matched, so
 * “2. Thực trạng”, “(2) Thực trạng” and “2) Thực trạng” are one alias.
 */
const TEN_ITEMS: ConfigInput['columns'] = NINE_ITEMS.map((c, i) => ({
  ...c,
  aliases: [...(c.aliases ?? []), ...ITEM_WORDS[c.key].map((w) => `${i + 2}. ${w}`)],
}));

/** A ward of Ninh Bình province after the 1 July 2025 merger: units exist from that day (Nghị quyết 202/2025/QH15). */
const WARD = 'Hoa Lư';
const WARD_FROM = '2025-07-01';
const wardUnit = (name: string, type: string, aliases: string[] = []) => ({
  name,
  type,
  validFrom: WARD_FROM,
  ...(aliases.length ? { aliases } : {}),
});

const DISTRICT_END = '2025-06-30'; // district level abolished from 1 July 2025 (Nghị quyết 202/2025/QH15)
const district = (name: string) => ({ name, type: 'ldld-huyen', validTo: DISTRICT_END });
const sector = (name: string) => ({ name, type: 'cd-nganh' });

export const PRESETS: Record<string, { description: string; config: ConfigInput }> = {
  'ldld-ninh-binh-2021': {
    description: 'LĐLĐ tỉnh Ninh Bình, Hướng dẫn 29/HD-LĐLĐ ngày 06/7/2021 (mặc định)',
    config: {
      title: 'Đăng ký xây dựng mô hình, điển hình “Dân vận khéo” giai đoạn 2021 – 2025',
      mobilised: 'cán bộ, đoàn viên, người lao động và Nhân dân',
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
      // Seed 000: the sector's union mobilises its public servants and workers, and the community it serves.
      mobilised: 'cán bộ, đoàn viên, viên chức, người lao động và Nhân dân',
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
      // Seed 003's words for the bloc's agencies and their mass organisations.
      mobilised: 'cán bộ, đảng viên, công chức, viên chức, người lao động, đoàn viên, hội viên và Nhân dân',
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
  'mttq-phuong-2026': {
    description:
      'Ban Thường trực Ủy ban MTTQ Việt Nam phường Hoa Lư (tỉnh Ninh Bình, giả định): mô hình “Dân vận khéo” năm 2026 theo mẫu 10 nội dung, hạn 25/10/2026',
    config: {
      title: 'Đăng ký xây dựng mô hình “Dân vận khéo” năm 2026, giai đoạn 2026 – 2030',
      // A ward's Front: Party members, the members of its associations and of the Youth Union, and the residents.
      mobilised: 'cán bộ, đảng viên, hội viên, đoàn viên và Nhân dân',
      fields: FIELDS_2026,
      unitTypes: [
        {
          code: 'chi-bo-kdc',
          label: 'Chi bộ khu dân cư (tổ dân phố)',
          match: ['Chi bộ tổ dân phố', 'Chi bộ khu dân cư', 'Chi bộ khu phố', 'Chi bộ TDP'],
          quota: { min: 1 },
        },
        {
          code: 'chi-bo-co-quan',
          label: 'Chi bộ cơ quan, trường học, lực lượng vũ trang',
          match: ['Chi bộ Trường', 'Chi bộ cơ quan', 'Chi bộ Trạm Y tế', 'Chi bộ Công an', 'Chi bộ Quân sự', 'Chi bộ'],
          quota: { min: 1 },
        },
        {
          code: 'co-quan',
          label: 'Cơ quan, đơn vị của phường',
          match: [
            'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường',
            'Ủy ban nhân dân phường',
            'Phòng Văn hóa - Xã hội',
            'Phòng Kinh tế, Hạ tầng và Đô thị',
            'Trung tâm Phục vụ hành chính công phường',
            'Công an phường',
            'Ban Chỉ huy Quân sự phường',
            'Trạm Y tế phường',
            'Trường Mầm non',
            'Trường Tiểu học',
            'Trường Trung học cơ sở',
            'Trường THCS',
          ],
          quota: { min: 1 },
        },
        {
          code: 'doan-the',
          label: 'Tổ chức chính trị - xã hội, hội của phường',
          match: [
            'Hội Liên hiệp Phụ nữ',
            'Hội Phụ nữ',
            'Đoàn Thanh niên',
            'Hội Cựu chiến binh',
            'Hội Nông dân',
            'Công đoàn',
            'Hội Người cao tuổi',
            'Hội Chữ thập đỏ',
            'Ban Công tác Mặt trận',
          ],
          quota: { min: 1 },
        },
      ],
      units: [
        wardUnit('Chi bộ tổ dân phố số 3', 'chi-bo-kdc', ['Chi bộ TDP số 3']),
        wardUnit('Chi bộ tổ dân phố số 5', 'chi-bo-kdc', ['Chi bộ TDP số 5']),
        wardUnit('Chi bộ tổ dân phố số 8', 'chi-bo-kdc', ['Chi bộ TDP số 8']),
        wardUnit('Chi bộ tổ dân phố số 12', 'chi-bo-kdc', ['Chi bộ TDP số 12']),
        wardUnit(`Chi bộ Trường Trung học cơ sở ${WARD}`, 'chi-bo-co-quan', [`Chi bộ Trường THCS ${WARD}`]),
        wardUnit(`Chi bộ Trường Mầm non ${WARD}`, 'chi-bo-co-quan', [`Chi bộ Trường MN ${WARD}`]),
        wardUnit(`Chi bộ Trạm Y tế phường ${WARD}`, 'chi-bo-co-quan'),
        wardUnit(`Văn phòng Hội đồng nhân dân và Ủy ban nhân dân phường ${WARD}`, 'co-quan', [`Văn phòng HĐND và UBND phường ${WARD}`]),
        wardUnit(`Công an phường ${WARD}`, 'co-quan', [`CA phường ${WARD}`]),
        wardUnit(`Hội Liên hiệp Phụ nữ phường ${WARD}`, 'doan-the', [`Hội LHPN phường ${WARD}`, `Hội Phụ nữ phường ${WARD}`]),
        wardUnit(`Đoàn Thanh niên Cộng sản Hồ Chí Minh phường ${WARD}`, 'doan-the', [
          `Đoàn Thanh niên phường ${WARD}`,
          `Đoàn TNCS Hồ Chí Minh phường ${WARD}`,
          `Đoàn phường ${WARD}`,
        ]),
        wardUnit(`Hội Cựu chiến binh phường ${WARD}`, 'doan-the', [`Hội CCB phường ${WARD}`]),
      ],
      deadline: '2026-10-25',
      columns: TEN_ITEMS,
      deadlines: [{ key: 'dang-ky', label: 'Gửi đăng ký mô hình “Dân vận khéo” năm 2026', date: '2026-10-25' }],
      recognitionLevels: [
        { code: 'co-so', label: 'Cơ sở' },
        { code: 'phuong', label: 'Phường' },
        { code: 'tinh', label: 'Tỉnh' },
      ],
    },
  },
  'tinh-2026': {
    description:
      'Ban Tuyên giáo và Dân vận Tỉnh ủy: đăng ký mô hình “Dân vận khéo” giai đoạn 2026 – 2030 của đảng ủy xã, phường, đặc khu và cơ quan cấp tỉnh (danh sách đơn vị do cán bộ bổ sung bằng --config)',
    config: {
      title: 'Đăng ký xây dựng mô hình, điển hình “Dân vận khéo” giai đoạn 2026 – 2030',
      // A Party committee's words.
      mobilised: 'cán bộ, đảng viên và Nhân dân',
      fields: FIELDS_2026,
      unitTypes: [
        { code: 'xa', label: 'Đảng ủy xã', match: ['Đảng ủy xã', 'Đảng bộ xã', 'ĐU xã'], quota: { min: 2 } },
        { code: 'phuong', label: 'Đảng ủy phường', match: ['Đảng ủy phường', 'Đảng bộ phường', 'ĐU phường'], quota: { min: 2 } },
        { code: 'dac-khu', label: 'Đảng ủy đặc khu', match: ['Đảng ủy đặc khu', 'Đảng bộ đặc khu', 'ĐU đặc khu'], quota: { min: 2 } },
        {
          code: 'co-quan',
          label: 'Đảng ủy, cơ quan cấp tỉnh',
          match: [
            'Đảng ủy các cơ quan Đảng tỉnh',
            'Đảng ủy Ủy ban nhân dân tỉnh',
            'Đảng ủy Công an tỉnh',
            'Đảng ủy Quân sự tỉnh',
            'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh',
            'Ủy ban MTTQ Việt Nam tỉnh',
            'Công an tỉnh',
            'Bộ Chỉ huy Quân sự tỉnh',
          ],
          quota: { min: 1 },
        },
      ],
      units: [],
      columns: TEN_ITEMS,
      // Wards and communes collect from their cells by late October; the province a fortnight later.
      deadline: '2026-11-10',
      deadlines: [
        { key: 'dang-ky', label: 'Gửi danh sách đăng ký mô hình giai đoạn 2026 – 2030', date: '2026-11-10' },
        { key: 'bao-cao', label: 'Báo cáo kết quả phong trào thi đua “Dân vận khéo” năm 2026', date: '2026-12-10' },
      ],
      recognitionLevels: [
        { code: 'co-so', label: 'Cơ sở' },
        { code: 'xa', label: 'Xã, phường, đặc khu' },
        { code: 'tinh', label: 'Tỉnh' },
      ],
    },
  },
};

export const DEFAULT_PRESET = 'ldld-ninh-binh-2021';

export function presetConfig(name: string = DEFAULT_PRESET): Config | null {
  const p = PRESETS[name];
  return p ? configSchema.parse(p.config) : null;
}
