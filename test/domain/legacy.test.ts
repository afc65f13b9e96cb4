// Tests for detecting and converting Vietnamese text typed in TCVN3 (ABC) and VNI-Windows.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLegacy, tcvn3ToUnicode, unicodeToTcvn3, unicodeToVni, vniToUnicode } from '../../src/domain/legacy';

// Reference tables transcribed from UniKey's converter (vnconv, data.cpp), read through cp1252:
// letters, their TCVN3 codes (a capital with a tone shares the lower-case code), their VNI spellings.
const REF_ROWS: [string, string, string][] = [
  ['ÁáÀàẢảÃãẠạ', '¸¸µµ¶¶··¹¹', 'AÙ aù AØ aø AÛ aû AÕ aõ AÏ aï'],
  ['ÂâẤấẦầẨẩẪẫẬậ', '¢©ÊÊÇÇÈÈÉÉËË', 'AÂ aâ AÁ aá AÀ aà AÅ aå AÃ aã AÄ aä'],
  ['ĂăẮắẰằẲẳẴẵẶặ', '¡¨¾¾»»¼¼½½ÆÆ', 'AÊ aê AÉ aé AÈ aè AÚ aú AÜ aü AË aë'],
  ['Đđ', '§®', 'Ñ ñ'],
  ['ÉéÈèẺẻẼẽẸẹ', 'ÐÐÌÌÎÎÏÏÑÑ', 'EÙ eù EØ eø EÛ eû EÕ eõ EÏ eï'],
  ['ÊêẾếỀềỂểỄễỆệ', '£ªÕÕÒÒÓÓÔÔÖÖ', 'EÂ eâ EÁ eá EÀ eà EÅ eå EÃ eã EÄ eä'],
  ['ÍíÌìỈỉĨĩỊị', 'ÝÝ××ØØÜÜÞÞ', 'Í í Ì ì Æ æ Ó ó Ò ò'],
  ['ÓóÒòỎỏÕõỌọ', 'ããßßááââää', 'OÙ où OØ oø OÛ oû OÕ oõ OÏ oï'],
  ['ÔôỐốỒồỔổỖỗỘộ', '¤«èèååææççéé', 'OÂ oâ OÁ oá OÀ oà OÅ oå OÃ oã OÄ oä'],
  ['ƠơỚớỜờỞởỠỡỢợ', '¥¬ííêêëëììîî', 'Ô ô ÔÙ ôù ÔØ ôø ÔÛ ôû ÔÕ ôõ ÔÏ ôï'],
  ['ÚúÙùỦủŨũỤụ', 'óóïïññòòôô', 'UÙ uù UØ uø UÛ uû UÕ uõ UÏ uï'],
  ['ƯưỨứỪừỬửỮữỰự', '¦\u00adøøõõöö÷÷ùù', 'Ö ö ÖÙ öù ÖØ öø ÖÛ öû ÖÕ öõ ÖÏ öï'],
  ['ÝýỲỳỶỷỸỹỴỵ', 'ýýúúûûüüþþ', 'YÙ yù YØ yø YÛ yû YÕ yõ Î î'],
];
const REF = REF_ROWS.flatMap(([letters, tcvn3, vni]) => {
  const spellings = vni.split(' ');
  return [...letters].map((letter, i) => ({ letter, tcvn3: tcvn3[i], vni: spellings[i] }));
});

describe('code tables', () => {
  it('the reference tables cover the 134 Vietnamese letters with diacritics', () => {
    for (const [letters, tcvn3, vni] of REF_ROWS) {
      expect([...tcvn3]).toHaveLength([...letters].length);
      expect(vni.split(' ')).toHaveLength([...letters].length);
    }
    expect(new Set(REF.map((r) => r.letter)).size).toBe(134);
  });

  it.each(REF)('$letter ↔ TCVN3 $tcvn3', ({ letter, tcvn3 }) => {
    expect(unicodeToTcvn3(letter)).toBe(tcvn3);
    const ownCode = letter === letter.toLowerCase() || 'ĂÂÊÔƠƯĐ'.includes(letter);
    expect(tcvn3ToUnicode(tcvn3)).toBe(ownCode ? letter : letter.toLowerCase());
  });

  it.each(REF)('$letter ↔ VNI $vni', ({ letter, vni }) => {
    expect(unicodeToVni(letter)).toBe(vni);
    expect(vniToUnicode(vni)).toBe(letter);
  });

  it('VNI reads a mark whose case differs from its base letter, and ỵ spelled with the dot mark', () => {
    expect(vniToUnicode('Aù Eä aÙ yï Yï')).toBe('Á Ệ á ỵ Ỵ');
  });

  it('leaves characters without a legacy meaning alone', () => {
    expect(tcvn3ToUnicode('Abc 123 ° ± º ¿ À Í Ú à ð ÿ –—“”')).toBe('Abc 123 ° ± º ¿ À Í Ú à ð ÿ –—“”');
    expect(vniToUnicode('Café Müller ö ñ')).toBe('Café Müller ư đ');
    expect(unicodeToTcvn3('ABC xyz 42 – “ü”')).toBe('ABC xyz 42 – “ü”');
    expect(unicodeToVni('ABC xyz 42 – “ü” ç')).toBe('ABC xyz 42 – “ü” ç');
  });

  it('encodes NFD input like NFC', () => {
    const s = 'Nguyễn Thị Hường';
    expect(unicodeToTcvn3(s.normalize('NFD'))).toBe(unicodeToTcvn3(s));
    expect(unicodeToVni(s.normalize('NFD'))).toBe(unicodeToVni(s));
  });
});

// Legacy strings below come from the reference tables above (UniKey), not from the code under test.
const TCVN3_POSITIVES: [string, string][] = [
  ['M« h×nh d©n vËn khÐo', 'Mô hình dân vận khéo'],
  // Found by the property test: “Õ” also reads as VNI, but “rÊt” (a capital after a small letter) is no word.
  ['rÊt khuyÕn', 'rất khuyến'],
  ['Liªn ®oµn Lao ®éng huyÖn Kim S¬n', 'Liên đoàn Lao động huyện Kim Sơn'],
  ['C«ng ®oµn c¬ së Tr\u00adêng TiÓu häc Ninh Phóc', 'Công đoàn cơ sở Trường Tiểu học Ninh Phúc'],
  ['V¨n hãa - x· héi', 'Văn hóa - xã hội'],
  ['an ninh - quèc phßng', 'an ninh - quốc phòng'],
  ['X©y dùng hÖ thèng chÝnh trÞ', 'Xây dựng hệ thống chính trị'],
  ['§¨ng ký x©y dùng míi', 'Đăng ký xây dựng mới'],
  ['TiÕp tôc ®¨ng ký', 'Tiếp tục đăng ký'],
  ['NguyÔn ThÞ H\u00adêng', 'Nguyễn Thị Hường'],
  ['Tr\u00adêng TiÓu häc Ninh Phóc', 'Trường Tiểu học Ninh Phúc'],
  ['Ph¹m V¨n §ång', 'Phạm Văn Đồng'],
  ['Tªn tËp thÓ hoÆc c¸ nh©n', 'Tên tập thể hoặc cá nhân'],
  ['Ban Tuyªn gi¸o Liªn ®oµn Lao ®éng tØnh Ninh B×nh', 'Ban Tuyên giáo Liên đoàn Lao động tỉnh Ninh Bình'],
  ['Gi÷ g×n vÖ sinh m«i tr\u00adêng khu d©n c\u00ad', 'Giữ gìn vệ sinh môi trường khu dân cư'],
  ['§oµn kÕt, s¸ng t¹o, hiÖu qu¶', 'Đoàn kết, sáng tạo, hiệu quả'],
  ['Phô n÷ gióp nhau ph¸t triÓn kinh tÕ', 'Phụ nữ giúp nhau phát triển kinh tế'],
  ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
  ['Chi ®oµn thanh niªn xãm §«ng', 'Chi đoàn thanh niên xóm Đông'],
  ['BÖnh viÖn §a khoa tØnh', 'Bệnh viện Đa khoa tỉnh'],
  ['Lª V¨n ¦íc', 'Lê Văn Ước'],
  ['KhuyÕn khÝch ng\u00adêi lao ®éng tiÕt kiÖm', 'Khuyến khích người lao động tiết kiệm'],
  ['ViÖt Nam', 'Việt Nam'],
  ['D©n vËn khÐo', 'Dân vận khéo'],
  ['Xin chµo c¸c b¹n', 'Xin chào các bạn'],
  ['Hç trî ®oµn viªn khã kh¨n', 'Hỗ trợ đoàn viên khó khăn'],
  ['B¶o Th¾ng', 'Bảo Thắng'],
  ['M\u00adêng Kh¬ng', 'Mường Khương'],
  ['B¸t X¸t', 'Bát Xát'],
  ['L§L§ huyÖn Yªn Kh¸nh', 'LĐLĐ huyện Yên Khánh'],
  ['C§CS Tr\u00adêng THCS Ninh Phóc', 'CĐCS Trường THCS Ninh Phúc'],
  // Typed in capitals (“.VnTimeH” with the ABC keyboard in capitals mode).
  ['CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['DANH S¸CH §¡NG Ký X¢Y DùNG M¤ H×NH', 'DANH SÁCH ĐĂNG KÝ XÂY DỰNG MÔ HÌNH'],
  ['LI£N §OµN LAO §éNG TØNH NINH B×NH', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH'],
  ['TR\u00adêNG TIÓU HäC NINH PHóC', 'TRƯỜNG TIỂU HỌC NINH PHÚC'],
  ['Hµ NéI', 'HÀ NỘI'],
  // A capital with a tone, typed in “.VnTime”, has only the lower-case code: it comes out lower case.
  ['ñy ban nh©n d©n x· øng Hßa', 'ủy ban nhân dân xã ứng Hòa'],
  ['Hµ Néi', 'Hà Nội'],
];

const VNI_POSITIVES: [string, string][] = [
  ['Moâ hình daân vaän kheùo', 'Mô hình dân vận khéo'],
  ['Lieân ñoaøn Lao ñoäng huyeän Kim Sôn', 'Liên đoàn Lao động huyện Kim Sơn'],
  ['Coâng ñoaøn cô sôû Tröôøng Tieåu hoïc Ninh Phuùc', 'Công đoàn cơ sở Trường Tiểu học Ninh Phúc'],
  ['Vaên hoùa - xaõ hoäi', 'Văn hóa - xã hội'],
  ['an ninh - quoác phoøng', 'an ninh - quốc phòng'],
  ['Xaây döïng heä thoáng chính trò', 'Xây dựng hệ thống chính trị'],
  ['Ñaêng kyù xaây döïng môùi', 'Đăng ký xây dựng mới'],
  ['Tieáp tuïc ñaêng kyù', 'Tiếp tục đăng ký'],
  ['Nguyeãn Thò Höôøng', 'Nguyễn Thị Hường'],
  ['Tröôøng Tieåu hoïc Ninh Phuùc', 'Trường Tiểu học Ninh Phúc'],
  ['Phaïm Vaên Ñoàng', 'Phạm Văn Đồng'],
  ['Teân taäp theå hoaëc caù nhaân', 'Tên tập thể hoặc cá nhân'],
  ['Ban Tuyeân giaùo Lieân ñoaøn Lao ñoäng tænh Ninh Bình', 'Ban Tuyên giáo Liên đoàn Lao động tỉnh Ninh Bình'],
  ['Giöõ gìn veä sinh moâi tröôøng khu daân cö', 'Giữ gìn vệ sinh môi trường khu dân cư'],
  ['Ñoaøn keát, saùng taïo, hieäu quaû', 'Đoàn kết, sáng tạo, hiệu quả'],
  ['Phuï nöõ giuùp nhau phaùt trieån kinh teá', 'Phụ nữ giúp nhau phát triển kinh tế'],
  ['Ñoäc laäp - Töï do - Haïnh phuùc', 'Độc lập - Tự do - Hạnh phúc'],
  ['Chi ñoaøn thanh nieân xoùm Ñoâng', 'Chi đoàn thanh niên xóm Đông'],
  ['Beänh vieän Ña khoa tænh', 'Bệnh viện Đa khoa tỉnh'],
  ['UÛy ban nhaân daân xaõ ÖÙng Hoøa', 'Ủy ban nhân dân xã Ứng Hòa'],
  ['Leâ Vaên Öôùc', 'Lê Văn Ước'],
  ['Khuyeán khích ngöôøi lao ñoäng tieát kieäm', 'Khuyến khích người lao động tiết kiệm'],
  ['Vieät Nam', 'Việt Nam'],
  ['Daân vaän kheùo', 'Dân vận khéo'],
  ['Xin chaøo caùc baïn', 'Xin chào các bạn'],
  ['Hoã trôï ñoaøn vieân khoù khaên', 'Hỗ trợ đoàn viên khó khăn'],
  ['LÑLÑ huyeän Yeân Khaùnh', 'LĐLĐ huyện Yên Khánh'],
  ['COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
  ['DANH SAÙCH ÑAÊNG KYÙ XAÂY DÖÏNG MOÂ HÌNH', 'DANH SÁCH ĐĂNG KÝ XÂY DỰNG MÔ HÌNH'],
  ['LIEÂN ÑOAØN LAO ÑOÄNG TÆNH NINH BÌNH', 'LIÊN ĐOÀN LAO ĐỘNG TỈNH NINH BÌNH'],
];

describe('detectLegacy: TCVN3', () => {
  it.each(TCVN3_POSITIVES)('%s → %s', (legacy, unicode) => {
    expect(detectLegacy(legacy)).toEqual({ encoding: 'tcvn3', unicode });
    expect(tcvn3ToUnicode(legacy)).toBe(unicode);
  });
});

describe('detectLegacy: VNI', () => {
  it.each(VNI_POSITIVES)('%s → %s', (legacy, unicode) => {
    expect(detectLegacy(legacy)).toEqual({ encoding: 'vni', unicode });
    expect(vniToUnicode(legacy)).toBe(unicode);
  });
});

/** Real words with each vowel in all six tones: none, grave, acute, hook above, tilde, dot below. */
const TONE_ROWS = [
  'ma mà má mả mã mạ',
  'ăn bằng mắt chẳng lẵng mặt',
  'tân cần tấm ẩm lẫn vận',
  'em mèo khéo kẻ vẽ đẹp',
  'kê bề kế thể lễ hệ',
  'in gìn ít tỉnh nghĩa trị',
  'con hòa khó nhỏ võ học',
  'công đồng quốc tổ hỗ hội',
  'mơ giờ mới sở nỡ trợ',
  'khu phù phúc của cũng tục',
  'cư những sức sử giữ dựng',
  'ly kỳ lý kỷ mỹ lỵ',
];

describe('every vowel with every tone', () => {
  it.each(TONE_ROWS)('%s', (row) => {
    expect(detectLegacy(unicodeToTcvn3(row))).toEqual({ encoding: 'tcvn3', unicode: row });
    expect(detectLegacy(unicodeToVni(row))).toEqual({ encoding: 'vni', unicode: row });
    const caps = row.toUpperCase();
    expect(detectLegacy(unicodeToVni(caps))).toEqual({ encoding: 'vni', unicode: caps });
    expect(tcvn3ToUnicode(unicodeToTcvn3(caps))).toBe(caps);
  });
});

describe('cp1252 0x80–0x9F', () => {
  // “ ” and – are bytes 0x93 0x94 0x96: they arrive as the cp1252 characters or as raw C1 code points.
  it.each([
    ['\u201cD©n vËn khÐo\u201d \u2013 2021', '\u201cDân vận khéo\u201d \u2013 2021'],
    ['\u0093D©n vËn khÐo\u0094 \u0096 2021', '\u201cDân vận khéo\u201d \u2013 2021'],
  ])('TCVN3 %j', (legacy, unicode) => {
    expect(detectLegacy(legacy)).toEqual({ encoding: 'tcvn3', unicode });
    expect(tcvn3ToUnicode(legacy)).toBe(unicode);
  });

  it.each([
    ['\u201cDaân vaän kheùo\u201d \u2026', '\u201cDân vận khéo\u201d \u2026'],
    ['\u0093Daân vaän kheùo\u0094 \u0085', '\u201cDân vận khéo\u201d \u2026'],
  ])('VNI %j', (legacy, unicode) => {
    expect(detectLegacy(legacy)).toEqual({ encoding: 'vni', unicode });
    expect(vniToUnicode(legacy)).toBe(unicode);
  });
});

describe('a symbol left inside a word rules a reading out', () => {
  it('“HUÕ” reads as VNI “HŨ”, but the ¢ in “D¢N” is no VNI letter', () => {
    expect(vniToUnicode('D¢N HUÕ HUÕ')).toBe('D¢N HŨ HŨ');
    expect(detectLegacy('D¢N HUÕ HUÕ')).toEqual({ encoding: 'tcvn3', unicode: 'DÂN HUẾ HUẾ' });
  });
});

describe('ư when the soft hyphen was lost', () => {
  // ư is 0xAD, the soft hyphen: invisible, and dropped by some copy-paste paths.
  it.each([
    ['Trêng TiÓu häc', 'Trường Tiểu học'],
    ['Mêng Kh¬ng', 'Mường Khương'],
    ['NguyÔn ThÞ Hêng', 'Nguyễn Thị Hường'],
  ])('%s → %s', (legacy, unicode) => {
    expect(detectLegacy(legacy)).toEqual({ encoding: 'tcvn3', unicode });
  });

  it('does not touch a word that is already a syllable', () => {
    expect(tcvn3ToUnicode('tê hê mê')).toBe('tờ hờ mờ');
  });
});

const NEGATIVES: string[] = [
  '',
  'x',
  'TRUE',
  '12',
  'nguyenvana@gmail.com',
  '0912 345 678',
  'Mo hinh dan van kheo',
  'VH-XH',
  'Dân vận khéo',
  'Nguyễn Thị Hường',
  'Dân vận khéo'.normalize('NFD'),
  'Phạm Văn Đồng'.normalize('NFD'),
  '«Dân vận khéo»',
  '“Dân vận khéo”',
  '«Dan van kheo»',
  // Unicode Vietnamese written with Latin-1 letters only: every word is already a syllable.
  'Cà phê',
  'Lê Bá Tú',
  'Tô Hoài',
  'Hoà Bình',
  'CÔNG TY',
  'Hoàng Thuý',
  // Other languages and symbols.
  'Café',
  'José',
  'Müller',
  'Hôtel',
  '©',
  '© 2024',
  '3×4',
  '3 × 4',
  '25 °C',
  '½ kg',
  '5 µm',
  '§ 5',
  '¿Qué?',
  'Straße',
  'São Paulo',
  'Ñandú',
  'naïve café',
  'Zoë',
  'Loïc',
  'Où est Loïc ?',
  'Raúl González',
  'Émile Zola',
  'Ørsted',
  'Björk Guðmundsdóttir',
  'Crème brûlée',
  'Señora Núñez',
  'João',
  'Citroën',
  'Ökonomie',
  'Dvořák',
  'Смирнов',
];

describe('detectLegacy: not legacy', () => {
  it.each(NEGATIVES)('%j', (text) => {
    expect(detectLegacy(text)).toBeNull();
  });
});

// Property tests: phrases of real words.
const WORDS = `
  mô hình dân vận khéo liên đoàn lao động công cơ sở trường tiểu học ninh phúc văn hóa xã hội an quốc phòng
  xây dựng hệ thống chính trị đăng ký mới tiếp tục nguyễn thị hường phạm đồng tên tập thể hoặc cá nhân ban
  tuyên giáo tỉnh bình giữ gìn vệ sinh môi khu cư kết sáng tạo hiệu quả phụ nữ giúp nhau phát triển kinh tế
  độc lập tự do hạnh chi thanh niên xóm đông bệnh viện đa khoa ủy ứng hòa lê ước khuyến khích người tiết kiệm
  việt nam chào các bạn hỗ trợ viên khó khăn cộng chủ nghĩa danh sách thuở khuya khuỷu ngoằn ngoèo quỳnh
  quýt huỳnh oách hoạch nguệch xuềnh giếng giữa già gì quà thuê huế uống rượu bưởi cười yêu yếu yên ý kỹ
  mỹ hy quyết quyền tuyết chuyện khoảng hoạt thoắt xoong boong ngoẹo khoèo oai quăng choáng nhọc nhằn mắt
  mặt lắm ẩm ấm ấy đấy mấy cây chữ thư sư tư ừ ở ạ ơi ôi ổi ối ồn ông ổn ăn ép em ếch ích ít óc ú ụ ứ
  nghiêm nghề nghỉ nghĩ nghị nghe ghế ghi ghé kế kiểm kỳ kẻ kính giá giờ quê quen quanh quân quăng quy
  rừng rồi rất chăm chuyên nhà nhớ nhuận ngày ngọc nguyên ngoại ngưỡng hoan hoàng loạt xoay ngoao hoen
  khoét tuần khuâng luật khuấy huênh huých tuýt tuyên cướp bướm vườn lướt tuổi nhuộm muốn cuống cuộc buốt
  hiếu việc tiếng yếm cứu gửi mưa từng bứt cơm ơn lớp ớt tôi hộp một cốc nói nhóm không họp ngọt kéo đẹp
  hét xẻng đen kêu hết bếp trên đêm kia lịch tìm tin kịp dịu đâu thật tầng gấc gặp năng năm mặc sau cao
  hát đáp anh sang hai sạch vui chum chung út phó bí thư đảng ủy mặt trận tổ quốc hội cựu chiến binh
  quoàng quoắt yểng khuềnh khoàng ngoằng nghiêng giêng nguây khuỵu
`
  .trim()
  .split(/\s+/);
/** Words whose spelling is unmistakable in both encodings, in any case. */
const MARKERS = ['dân', 'người', 'đường', 'văn', 'xây', 'đoàn', 'lên', 'trường', 'nước'];

const word = fc.constantFrom(...WORDS);
const marker = fc.constantFrom(...MARKERS);
/** 0–5 words with a marker somewhere among them. */
const markedPhrase = fc
  .tuple(fc.array(word, { maxLength: 5 }), marker, fc.nat())
  .map(([ws, m, at]) => {
    const out = [...ws];
    out.splice(at % (ws.length + 1), 0, m);
    return out.join(' ');
  });
const anyPhrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
const casing = fc.constantFrom<(w: string) => string>(
  (w) => w,
  (w) => w.toUpperCase(),
  (w) => w[0].toUpperCase() + w.slice(1),
);
/** Applies a random case (lower, Title, UPPER) to each word. */
const recased = (phrase: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  phrase.chain((p) =>
    fc
      .array(casing, { minLength: p.split(' ').length, maxLength: p.split(' ').length })
      .map((cs) => p.split(' ').map((w, i) => cs[i](w)).join(' ')),
  );

describe('properties', () => {
  it('each marker alone is detected in both encodings, lower case and capitals', () => {
    for (const m of MARKERS) {
      for (const w of [m, m.toUpperCase()]) {
        expect(detectLegacy(unicodeToTcvn3(w))).toEqual({ encoding: 'tcvn3', unicode: w });
        expect(detectLegacy(unicodeToVni(w))).toEqual({ encoding: 'vni', unicode: w });
      }
    }
  });

  it('TCVN3, lower case: detected and converted back to the original', () => {
    fc.assert(
      fc.property(markedPhrase, (p) => {
        expect(detectLegacy(unicodeToTcvn3(p))).toEqual({ encoding: 'tcvn3', unicode: p });
      }),
      { numRuns: 500 },
    );
  });

  it('TCVN3, all capitals: detected and converted back to the original', () => {
    fc.assert(
      fc.property(markedPhrase, (p) => {
        const caps = p.toUpperCase();
        expect(detectLegacy(unicodeToTcvn3(caps))).toEqual({ encoding: 'tcvn3', unicode: caps });
      }),
      { numRuns: 300 },
    );
  });

  it('VNI, any case: detected and converted back to the original', () => {
    fc.assert(
      fc.property(recased(markedPhrase), (p) => {
        expect(detectLegacy(unicodeToVni(p))).toEqual({ encoding: 'vni', unicode: p });
      }),
      { numRuns: 500 },
    );
  });

  it('without a marker a phrase may go undetected, and is misread only if both encodings spell it', () => {
    fc.assert(
      fc.property(anyPhrase, recased(anyPhrase), (lower, mixed) => {
        // “mưa đa” in VNI is “möa ña”, which is also TCVN3 for “mửa ủa”: such a string may go either way.
        const legacyT = unicodeToTcvn3(lower);
        const t = detectLegacy(legacyT);
        if (t && t.unicode !== lower) {
          expect(t.encoding).toBe('vni');
          expect(unicodeToVni(t.unicode)).toBe(legacyT);
        }
        const legacyV = unicodeToVni(mixed);
        const v = detectLegacy(legacyV);
        if (v && v.unicode !== mixed) {
          expect(v.encoding).toBe('tcvn3');
          expect(unicodeToTcvn3(v.unicode)).toBe(legacyV);
        }
        expect(tcvn3ToUnicode(unicodeToTcvn3(lower))).toBe(lower);
        expect(vniToUnicode(unicodeToVni(mixed))).toBe(mixed);
      }),
      { numRuns: 500 },
    );
  });

  it('correct Unicode Vietnamese, NFC or NFD, is never flagged', () => {
    fc.assert(
      fc.property(recased(anyPhrase), (p) => {
        expect(detectLegacy(p)).toBeNull();
        expect(detectLegacy(p.normalize('NFD'))).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });

  it('Unicode Vietnamese written only with Latin-1 letters is never flagged', () => {
    const latin1Words = WORDS.filter((w) => /^[\u0000-\u00ff]+$/.test(w) && /[^\u0000-\u007f]/.test(w));
    expect(latin1Words.length).toBeGreaterThan(20);
    const phrase = fc.array(fc.constantFrom(...latin1Words), { minLength: 1, maxLength: 6 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(recased(phrase), (p) => {
        expect(detectLegacy(p)).toBeNull();
      }),
      { numRuns: 1000 },
    );
  });
});
