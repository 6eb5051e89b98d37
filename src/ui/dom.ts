// This file builds DOM elements for the sidebar. Text goes in through textContent only, never innerHTML,
// so nothing a server or a user typed can become markup.
type Attributes = Readonly<Record<string, string>>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  return node;
}

/** Replaces the children of `list` with one <li> per line. */
export function setLines(list: HTMLElement, lines: readonly string[]): void {
  list.replaceChildren(...lines.map((line) => el('li', {}, [line])));
}

/** A plain button (type="button", so it never submits anything). */
export function button(label: string, className: string, onClick: () => void): HTMLButtonElement {
  const node = el('button', { type: 'button', class: className }, [label]);
  node.addEventListener('click', onClick);
  return node;
}

/** A labelled form control; the label points at the control through a generated id. */
export function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = `f-${control.getAttribute('name') ?? ''}`;
  control.id = id;
  const children: Node[] = [el('label', { for: id }, [label]), control];
  if (hint !== undefined) children.push(el('p', { class: 'hint' }, [hint]));
  return el('div', { class: 'form-group' }, children);
}

/** A titled list («Создано (2)» and its items), or nothing when there are no items. */
export function titledList(title: string, items: readonly string[], className = ''): HTMLElement[] {
  if (items.length === 0) return [];
  return [
    el('p', { class: `list-title ${className}`.trim() }, [`${title} (${items.length})`]),
    el(
      'ul',
      { class: `items ${className}`.trim() },
      items.map((item) => el('li', {}, [item])),
    ),
  ];
}
