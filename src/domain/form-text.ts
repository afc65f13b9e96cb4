// The words of the registration form, with no import: the add-in's pages may use them without the rest of the domain.

/** Every word of the form. */
export const FORM_TEXT = {
  unitPlaceholder: 'TÊN ĐƠN VỊ: ..............................................................',
  unitPlaceholderNote: 'Thay dòng này bằng tên đơn vị gửi danh sách, ví dụ: Liên đoàn Lao động huyện Hoa Lư.',
  listTitle: 'DANH SÁCH',
  headers: {
    stt: 'STT',
    name: 'Tên tập thể hoặc cá nhân xây dựng mô hình điển hình',
    model: 'Tên mô hình hoặc điển hình',
    cont: 'Tiếp tục đăng ký',
    new: 'Đăng ký xây dựng mới',
    fields: 'Lĩnh vực',
  },
  /** Put after the header of a column that must be filled in. */
  requiredMark: ' *',
  /** The tick box a unit ticks when its list is finished (forms shared on Drive). */
  done: 'Đã hoàn thành, gửi cấp trên (tích vào ô bên phải khi đã điền xong)',
  doneNote:
    'Tích ô này khi đơn vị đã điền xong danh sách. Cấp trên chỉ tổng hợp danh sách đã tích; nếu cần sửa tiếp, bỏ tích rồi tích lại khi xong.',
  quota: (q: { min?: number; max?: number }) =>
    q.min === undefined && q.max === undefined
      ? ''
      : q.min === q.max
        ? `Chỉ tiêu: ${q.min} mô hình`
        : q.max === undefined
          ? `Chỉ tiêu: ít nhất ${q.min} mô hình`
          : q.min === undefined || q.min === 0
            ? `Chỉ tiêu: nhiều nhất ${q.max} mô hình`
            : `Chỉ tiêu: từ ${q.min} đến ${q.max} mô hình`,
  /** Never “ngày … tháng … năm …”: the reader takes that for the date the list was signed. */
  deadline: (iso: string) => `Hạn nộp: ${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`,
  headerProtection: 'Dòng tiêu đề của mẫu danh sách “Dân vận khéo”: giữ nguyên để công cụ đọc được danh sách.',
} as const;

