/// <reference lib="dom" />
// Page helpers that build elements from text only: no innerHTML anywhere, so a value from a sheet
// (“<img src=x onerror=alert(1)>”) is always shown as the characters it is.

type Child = Node | string | number | null | undefined | false;

/** Properties an element may be given: anything but HTML. */
type Props<E extends HTMLElement> = Partial<Omit<E, 'innerHTML' | 'outerHTML' | 'style' | 'dataset' | 'className'>> & {
  class?: string;
  data?: Record<string, string>;
  /** ARIA and other attributes set with setAttribute (aria-label, role, for…). */
  attrs?: Record<string, string>;
};

/** `h('p', {class: 'gray'}, 'Trang ', name)`: children are text or nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props<HTMLElementTagNameMap[K]> | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props) {
    const { class: cls, data, attrs, ...rest } = props;
    if (cls) el.className = cls;
    for (const [k, v] of Object.entries(data ?? {})) el.dataset[k] = v;
    for (const [k, v] of Object.entries(attrs ?? {})) el.setAttribute(k, v);
    Object.assign(el, rest);
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    parent.appendChild(typeof c === 'object' ? c : document.createTextNode(String(c)));
  }
}

/** Replaces an element's content with text and nodes. */
export function fill(parent: Element, ...children: Child[]): void {
  parent.textContent = '';
  append(parent, ...children);
}

/** The element with this id (the page's own markup: a missing one is a bug). */
export function byId<E extends HTMLElement = HTMLElement>(id: string): E {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from the page`);
  return el as E;
}
