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
