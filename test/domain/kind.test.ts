import { describe, expect, it } from 'vitest';
import { inferKind } from '../../src/domain/kind';

describe('inferKind', () => {
  it.each([
    ['Công đoàn Trường THCS Ninh Giang', 'tap-the'],
    ['CÔNG ĐOÀN BỆNH VIỆN ĐA KHOA TỈNH', 'tap-the'],
    ['Chi bộ Khoa Nội', 'tap-the'],
    ['Khoa Nhi', 'tap-the'],
    ['Phòng Tổ chức cán bộ', 'tap-the'],
    ['Trường Tiểu học Ninh Phúc', 'tap-the'],
    ['Công ty TNHH May Nam Định', 'tap-the'],
    ['Hội Cựu chiến binh phường', 'tap-the'],
    ['Đoàn Thanh niên Sở Y tế', 'tap-the'],
    ['Tổ dân phố số 3', 'tap-the'],
    ['CĐCS Công ty Điện lực', 'tap-the'],
    ['Nguyễn Thị Hường', 'ca-nhan'],
    ['Trần Văn Bình', 'ca-nhan'],
    ['Đinh Thị Thủy, Chủ tịch Công đoàn Trường Mầm non Ninh Khánh', 'ca-nhan'],
    ['Lê Minh Tuấn - Phó Giám đốc', 'ca-nhan'],
    ['Đồng chí Hoàng Anh', 'ca-nhan'],
    ['Bà Vũ Thị Lan', 'ca-nhan'],
    ['NGUYỄN VĂN AN', null],
    ['Mô hình tổ tự quản', 'tap-the'],
    ['abc', null],
    ['', null],
  ])('%s → %s', (name, kind) => {
    expect(inferKind(name)).toBe(kind);
  });

  it('reads decomposed Unicode the same way', () => {
    expect(inferKind('Nguyễn Thị Hường'.normalize('NFD'))).toBe('ca-nhan');
    expect(inferKind('Công đoàn Trường THCS'.normalize('NFD'))).toBe('tap-the');
  });
});
