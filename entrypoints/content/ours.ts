/** The elements SourceLens puts into pages; changes inside them are not the page's changes. */
const OUR_TAGS = ['sourcelens-mark', 'sourcelens-card', 'sourcelens-practice'];

/** Whether `node` is (or is inside) one of SourceLens's elements; `hosts` are the live ones. */
export function isOurs(node: Node, hosts: readonly (Element | null)[]): boolean {
  const el = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!el) return false;
  return hosts.includes(el) || OUR_TAGS.includes(el.localName);
}
