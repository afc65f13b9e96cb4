/// <reference lib="dom" />
// The “Trả lại danh sách” dialog's page script (built into build/gas/ReturnDialog.html): copies the message.
// The message arrives as escaped text inside the textarea (return/server.ts), so it is never read as HTML.
import { closePage } from '../ui/api';
import { byId } from '../ui/dom';

const T = {
  copied: 'Đã sao chép. Dán vào thư điện tử hoặc tin nhắn gửi đơn vị.',
  manual: 'Không sao chép tự động được: nội dung đã được chọn sẵn, hãy bấm Ctrl+C (trên máy Mac: ⌘+C).',
} as const;

async function copy(): Promise<void> {
  const box = byId<HTMLTextAreaElement>('message');
  box.focus();
  box.select();
  let ok = false;
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(box.value);
      ok = true;
    }
  } catch {
    ok = false;
  }
  if (!ok) {
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
  }
  byId('copied').textContent = ok ? T.copied : T.manual;
}

byId('copy').addEventListener('click', () => void copy());
byId('close').addEventListener('click', () => closePage());
