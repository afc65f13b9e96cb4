/// <reference lib="dom" />
// The “Nhắc đơn vị” page (built into build/gas/RemindDialog.html): the deadline, then every reminder previewed —
// recipients, subject and text — with a tick to send it, today's e-mail quota, and one button that sends the ticked
// ones. Unit names and texts go in as text nodes only.
import { answered, call, closePage, lostConnection } from '../ui/api';
import { byId, fill, h } from '../ui/dom';
import type { RemindPreview, ReminderView } from './api';

const T = {
  asOf: (d: string) => `Tính đến hôm nay (${d.split('-').reverse().join('/')}), theo trang “Tình trạng nộp” của lần tổng hợp gần nhất.`,
  board: (name: string) => `Theo trang “${name}”.`,
  counts: (n: number, parts: string) => `${n} đơn vị cần nhắc: ${parts}.`,
  none: 'Không có đơn vị nào cần nhắc: mọi đơn vị đã nộp danh sách đạt yêu cầu hoặc đã được duyệt.',
  quota: (q: number) => `Hạn mức gửi thư hôm nay còn ${q} người nhận (Google tính theo số người nhận).`,
  to: (emails: string[]) => `Gửi tới: ${emails.join(', ')}`,
  noAddress: 'Chưa có địa chỉ thư trong “Cấu hình”: gửi nội dung này qua Zalo hoặc điện thoại.',
  send: (n: number, people: number) => `Gửi ${n} thư (${people} người nhận)`,
  over: (people: number, q: number) =>
    `Các thư đã chọn cần ${people} người nhận, vượt hạn mức hôm nay (${q}): sẽ gửi những thư vừa hạn mức, số còn lại được liệt kê để gửi ngày mai.`,
  sending: 'Đang gửi…',
  lost: (d: string) => `${lostConnection(d)} Hãy mở lại hộp thoại để xem thư nào đã gửi (cột “Nhắc nộp”).`,
  kinds: { missing: 'chưa nộp', filling: 'đang điền', 'needs-fix': 'cần sửa' } as Record<ReminderView['kind'], string>,
} as const;

let preview: RemindPreview | null = null;
let busy = false;

const show = (id: string, on: boolean) => (byId(id).hidden = !on);
const boxes = () => [...document.querySelectorAll<HTMLInputElement>('#list input[type=checkbox]')];

function fail(message: string): void {
  byId('error').textContent = message;
  show('error', true);
}

function chosen(): ReminderView[] {
  if (!preview) return [];
  const on = new Set(boxes().filter((b) => b.checked).map((b) => b.value));
  return preview.reminders.filter((r) => on.has(r.unit));
}

function updateSend(): void {
  const c = chosen();
  const people = c.reduce((n, r) => n + r.to.length, 0);
  const send = byId<HTMLButtonElement>('send');
  send.textContent = T.send(c.length, people);
  send.disabled = busy || !c.length;
  const over = !!preview && people > preview.quota;
  byId('over').textContent = over ? T.over(people, preview!.quota) : '';
  show('over', over);
}

function render(p: RemindPreview): void {
  preview = p;
  show('error', false);
  show('result', false);
  if (!p.reminders.length) {
    show('preview', false);
    byId('empty').textContent = T.none;
    show('empty', true);
    return;
  }
  show('empty', false);
  const parts = (['missing', 'filling', 'needs-fix'] as const)
    .map((k) => [k, p.reminders.filter((r) => r.kind === k).length] as const)
    .filter(([, n]) => n)
    .map(([k, n]) => `${n} ${T.kinds[k]}`)
    .join(', ');
  byId('counts').textContent = T.counts(p.reminders.length, parts);
  byId('quota').textContent = `${T.quota(p.quota)} ${T.board(p.board)}`;
  fill(
    byId('list'),
    ...p.reminders.map((r, i) =>
      h(
        'article',
        { class: 'reminder', attrs: { 'aria-label': r.unit } },
        h(
          'header',
          null,
          h('input', { type: 'checkbox', id: `r-${i}`, value: r.unit, checked: r.to.length > 0, disabled: !r.to.length }),
          h('label', { htmlFor: `r-${i}` }, h('strong', null, r.unit)),
          h('span', { class: r.kind === 'needs-fix' ? 'badge error' : r.kind === 'filling' ? 'badge warning' : 'badge neutral' }, T.kinds[r.kind]),
        ),
        h('span', { class: r.to.length ? 'to' : 'to none' }, r.to.length ? T.to(r.to) : T.noAddress),
        h('p', { class: 'subject' }, r.subject),
        h('pre', null, r.body),
      ),
    ),
  );
  for (const b of boxes()) b.addEventListener('change', updateSend);
  show('preview', true);
  updateSend();
}

async function load(step: string): Promise<void> {
  show('preview', false);
  show('empty', false);
  byId('loading').hidden = false;
  const r = await answered(call('remindPreview', step), T.lost);
  byId('loading').hidden = true;
  if (!r.ok) return fail(r.message);
  render(r);
}

async function send(): Promise<void> {
  if (busy) return;
  const units = chosen().map((r) => r.unit);
  if (!units.length) return;
  busy = true;
  const button = byId<HTMLButtonElement>('send');
  button.disabled = true;
  button.textContent = T.sending;
  const r = await answered(call('remindSend', byId<HTMLSelectElement>('step').value, units), T.lost);
  busy = false;
  if (!r.ok) {
    updateSend();
    return fail(r.message);
  }
  // What was sent is unticked (a second click never sends it twice); what is left stays ticked for tomorrow.
  const sent = new Set(r.sent);
  for (const b of boxes()) if (sent.has(b.value)) b.checked = false;
  if (preview) preview.quota = r.quota;
  byId('quota').textContent = T.quota(r.quota);
  byId('result').textContent = r.summary;
  show('result', true);
  updateSend();
}

async function init(): Promise<void> {
  byId('close').addEventListener('click', () => closePage());
  byId('send').addEventListener('click', () => void send());
  byId('all').addEventListener('click', () => {
    for (const b of boxes()) if (!b.disabled) b.checked = true;
    updateSend();
  });
  byId('none').addEventListener('click', () => {
    for (const b of boxes()) b.checked = false;
    updateSend();
  });
  const r = await answered(call('remindInit'), T.lost);
  byId('loading').hidden = true;
  if (!r.ok) return fail(r.message);
  const select = byId<HTMLSelectElement>('step');
  fill(select, ...r.steps.map((s) => h('option', { value: s.key, selected: s.key === r.step }, `${s.label} (${s.date.split('-').reverse().join('/')})`)));
  select.addEventListener('change', () => void load(select.value));
  byId('as-of').textContent = T.asOf(r.asOf);
  show('choose', true);
  await load(r.step);
}

void init();
