// docxtemplater's errors in Vietnamese: one sentence per error id, with the tag and where it is.
import type { Locator } from './locate';

export interface TemplateMessage {
  /** The tag as written in the template: “{#don_vi}”; '' when the message is about no single tag. */
  tag: string;
  /** Where it is, in Vietnamese: part, paragraph, table cell and the paragraph's text. */
  where: string;
  message: string;
}

export interface XtError {
  properties?: {
    id?: string;
    xtag?: string;
    context?: string;
    offset?: number | number[];
    file?: string;
    openingtag?: string;
    closingtag?: string;
    errors?: XtError[];
    explanation?: string;
    lastPair?: { left: string; right: string };
    pair?: { left: string; right: string };
  };
  message?: string;
}

export function describeError(e: XtError): { tag: string; message: string } {
  const p = e.properties ?? {};
  // docxtemplater's context for a delimiter error runs from the previous delimiter: keep only the tag's word.
  const x = (p.xtag ?? '').replace(/[{}]/g, '').trim();
  switch (p.id) {
    case 'unopened_tag':
      return { tag: `${x}}`, message: `Thẻ “${x}}” thiếu dấu mở “{”.` };
    case 'unclosed_tag':
      return { tag: `{${x}`, message: `Thẻ “{${x}” thiếu dấu đóng “}”.` };
    case 'duplicate_open_tag':
      return { tag: `{{${x}`, message: `Thẻ “{{${x}” có hai dấu mở “{{”; mỗi thẻ chỉ một cặp “{…}”.` };
    case 'duplicate_close_tag':
      return { tag: `${x}}}`, message: `Thẻ “${x}}}” có hai dấu đóng “}}”; mỗi thẻ chỉ một cặp “{…}”.` };
    case 'unclosed_loop':
      return { tag: `{#${x}}`, message: `Khối “{#${x}}” được mở nhưng không có thẻ đóng “{/${x}}”.` };
    case 'unopened_loop':
      return { tag: `{/${x}}`, message: `Thẻ đóng “{/${x}}” không có thẻ mở “{#${x}}” tương ứng.` };
    case 'closing_tag_does_not_match_opening_tag':
      return {
        tag: `{#${p.openingtag}}`,
        message: `Khối “{#${p.openingtag}}” lại được đóng bằng “{/${p.closingtag}}”; thẻ đóng phải là “{/${p.openingtag}}”.`,
      };
    case 'unbalanced_loop_tags':
      return {
        tag: `{#${p.pair?.left}}`,
        message: `Các khối “{#${p.lastPair?.left}}” và “{#${p.pair?.left}}” lồng nhau sai thứ tự: khối mở sau phải đóng trước.`,
      };
    case 'raw_xml_tag_should_be_only_text_in_paragraph':
      return { tag: `{@${x}}`, message: `Thẻ “{@${x}}” phải đứng một mình trong một đoạn (không có chữ hay dấu cách nào khác).` };
    case 'loop_position_invalid':
      return {
        tag: `{#${x}}`,
        message: `Thẻ mở và thẻ đóng của khối “{#${x}}” đặt sai chỗ (ví dụ một thẻ trong bảng, một thẻ ngoài bảng).`,
      };
    case 'malformed_xml':
    case 'file_has_invalid_xml':
      return { tag: '', message: 'Tệp mẫu bị hỏng (nội dung XML không hợp lệ); hãy mở bằng Word và lưu lại.' };
    case 'filetype_not_identified':
    case 'filetype_not_handled':
      return { tag: '', message: 'Tệp không phải là tài liệu Word (.docx).' };
    case 'invalid_raw_xml_value':
      return { tag: `{@${x}}`, message: `Dữ liệu của thẻ “{@${x}}” không phải là bảng dựng sẵn.` };
    default:
      return {
        tag: x ? `{${x}}` : '',
        message: `Tệp mẫu có lỗi công cụ chưa nhận ra được; hãy mở bằng Word, kiểm tra các thẻ quanh chỗ này và lưu lại (${p.explanation ?? e.message ?? p.id ?? 'không rõ'}).`,
      };
  }
}

/** Every error a docxtemplater exception carries (a multi_error holds several), each in Vietnamese with its place. */
export function templaterProblems(e: unknown, locator: Locator): TemplateMessage[] {
  const err = e as XtError;
  const errors = err.properties?.id === 'multi_error' ? (err.properties.errors ?? []) : [err];
  return errors.map((x) => ({ ...describeError(x), where: locator.where(x.properties?.file, x.properties?.offset) }));
}
