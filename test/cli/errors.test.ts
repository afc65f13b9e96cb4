import { describe, expect, it } from 'vitest';
import { systemErrorText } from '../../src/cli/errors';

const sys = (code: string) => Object.assign(new Error(`${code}: something, open 'x'`), { code, syscall: 'open', path: 'x' });

describe('systemErrorText', () => {
  it.each([
    ['ENOENT', 'không tìm thấy'],
    ['EACCES', 'không có quyền'],
    ['EPERM', 'không có quyền'],
    ['ENOSPC', 'ổ đĩa đã đầy'],
    ['EROFS', 'ổ đĩa chỉ đọc'],
    ['EISDIR', 'là thư mục'],
    ['ENOTDIR', 'không phải thư mục'],
    ['EMFILE', 'quá nhiều tệp'],
    ['EBUSY', 'đang được mở bởi chương trình khác'],
    ['ENAMETOOLONG', 'quá dài'],
  ])('%s', (code, words) => {
    const t = systemErrorText(sys(code), 'nhan-ve/ds.xlsx');
    expect(t.startsWith('nhan-ve/ds.xlsx: ')).toBe(true);
    expect(t).toContain(words);
    expect(t).not.toMatch(/something|open '/);
    expect(t).not.toContain(code);
  });

  it('an unknown code: a generic sentence and the code', () => {
    const t = systemErrorText(sys('EWHATEVER'), 'a.json');
    expect(t).toMatch(/^a\.json: .*(đọc|ghi).*\(EWHATEVER\)/);
  });

  it('not a system error at all: the generic sentence and the message', () => {
    expect(systemErrorText(new Error('boom'), 'a.json')).toMatch(/^a\.json: .*\(boom\)/);
    expect(systemErrorText('boom', 'a.json')).toMatch(/^a\.json: .*\(boom\)/);
  });
});
