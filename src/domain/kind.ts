// Tells a collective (tập thể) from an individual (cá nhân) by the name a unit wrote, when the list has no kind column.
import { foldLoose } from './text';

export type Kind = 'tap-the' | 'ca-nhan';

export const KIND_LABEL: Record<Kind, string> = { 'tap-the': 'Tập thể', 'ca-nhan': 'Cá nhân' };

/** Words that start the name of an organisation, folded. */
const ORGANISATION = new RegExp(
  '^(' +
    [
      'cong doan', 'cd', 'cdcs', 'chi bo', 'dang bo', 'dang uy', 'to chuc', 'khoa', 'phong', 'truong', 'cong ty', 'hoi',
      'chi hoi', 'doan', 'chi doan', 'ban', 'to', 'nhom', 'tap the', 'benh vien', 'trung tam', 'so', 'uy ban', 'ubnd',
      'xi nghiep', 'nha may', 'hop tac xa', 'htx', 'lien doan', 'ldld', 'doi', 'tram', 'vien', 'cuc', 'chi cuc', 'hoc vien',
      'thu vien', 'bao', 'dai', 'tong cong ty', 'chi nhanh', 'van phong', 'mat tran', 'cong an', 'quan doi', 'bo chi huy',
      'thon', 'xom', 'ap', 'ban', 'khu pho', 'to dan pho', 'khu dan cu', 'phuong', 'xa', 'thi tran', 'huyen', 'tinh', 'nganh',
      'cau lac bo', 'clb', 'mo hinh', 'co quan', 'don vi', 'tap doan', 'ngan hang', 'buu dien', 'kho bac', 'chi cuc',
    ].join('|') +
    ')( |$)',
);

/** Common Vietnamese family names, folded. */
const SURNAMES = new Set(
  'nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly dinh dao cao mai luong trinh lam to ha ta chu doan vuong kieu quach trieu thai luu tang khuc la lai tong giang van thach nong lo luc quan mac tieu ong diep an bach'.split(' '),
);

const PERSON_PREFIX = /^(ong|ba|dong chi|d c|dc|anh|chi|co|thay|bac si|bs|nha giao|ths|ts|pgs)( |$)/;

/**
 * 'ca-nhan' for a person's name (“Nguyễn Thị Hường”, “Đinh Thị Thủy, Chủ tịch Công đoàn…”), 'tap-the' for an
 * organisation (“Công đoàn Trường THCS Ninh Giang”, “Khoa Nhi”), null when the name does not tell.
 */
export function inferKind(name: string): Kind | null {
  const first = name.split(/[,;(–—]|\s-\s/)[0].trim();
  const folded = foldLoose(first);
  if (!folded) return null;
  const words = first.split(/\s+/).filter(Boolean);
  const foldedWords = folded.split(' ');
  const capitalised = words.every((w) => /^\p{Lu}/u.test(w)) && words.some((w) => /\p{Ll}/u.test(w));
  const looksLikePerson =
    words.length >= 2 &&
    words.length <= 5 &&
    capitalised &&
    (SURNAMES.has(foldedWords[0]) || foldedWords.includes('thi') || foldedWords.includes('van'));
  if (looksLikePerson && !ORGANISATION.test(folded)) return 'ca-nhan';
  if (ORGANISATION.test(folded)) return 'tap-the';
  if (PERSON_PREFIX.test(folded)) return 'ca-nhan';
  return null;
}
