/** A small GraphML writer (the format Gephi, visone and yEd read): typed keys, nodes, edges. */

export interface GraphmlKey { readonly id: string; readonly for: 'node' | 'edge'; readonly type: 'string' | 'double' | 'int' }
export interface GraphmlElement { readonly id: string; readonly data: Readonly<Record<string, string | number>> }
export interface GraphmlEdge extends GraphmlElement { readonly source: string; readonly target: string }

const XML: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Escapes text for XML content and attribute values. */
export function xml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => XML[c]);
}

const data = (d: GraphmlElement['data']) => Object.entries(d).map(([k, v]) => `<data key="${xml(k)}">${xml(String(v))}</data>`).join('');

/** One undirected graph. */
export function graphml(keys: readonly GraphmlKey[], nodes: readonly GraphmlElement[], edges: readonly GraphmlEdge[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
${keys.map((k) => `<key id="${xml(k.id)}" for="${k.for}" attr.name="${xml(k.id)}" attr.type="${k.type}"/>`).join('\n')}
<graph id="standpoint" edgedefault="undirected">
${nodes.map((n) => `<node id="${xml(n.id)}">${data(n.data)}</node>`).join('\n')}
${edges.map((e) => `<edge id="${xml(e.id)}" source="${xml(e.source)}" target="${xml(e.target)}">${data(e.data)}</edge>`).join('\n')}
</graph>
</graphml>
`;
}
