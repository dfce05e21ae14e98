/**
 * The sourcing chains as small diagrams: origin → outlets → publisher, most used first.
 * Each chain is an ordered list, so a screen reader announces its steps in order; the arrows
 * are drawn for the eye only.
 */
import type { Chain, ChainNode, ChainNodeKind } from '../engine/types.ts';
import { msgKey, t, tn, type MessageKey } from '../utils/i18n.ts';

const KIND_LABEL: Record<ChainNodeKind, MessageKey> = {
  anonymous: msgKey('chain_kind_anonymous'),
  named: msgKey('chain_kind_named'),
  document: msgKey('chain_kind_document'),
  outlet: msgKey('chain_kind_outlet'),
  publisher: msgKey('chain_kind_publisher'),
};

export interface SourcingChainProps {
  chains: readonly Chain[];
  /** How many chains to draw; the rest are counted. */
  max?: number;
  /** The article's language: node labels are its words. */
  lang?: string;
}

function NodeLabel({ node, lang }: { node: ChainNode; lang?: string }) {
  const safeHref = node.href && /^https?:\/\//i.test(node.href) ? node.href : null;
  return safeHref ? (
    <a href={safeHref} target="_blank" rel="noopener noreferrer" title={t('chain_open_source', { url: safeHref })} lang={lang}>
      {node.label}
    </a>
  ) : (
    <span lang={lang}>{node.label}</span>
  );
}

export function SourcingChain({ chains, max = 3, lang }: SourcingChainProps) {
  const ranked = [...chains].sort((a, b) => b.weight - a.weight);
  const shown = ranked.slice(0, max);
  if (!shown.length) return <p class="muted">{t('chain_none')}</p>;
  return (
    <div class="chains">
      {shown.map((chain, i) => (
        <ol
          class="chain"
          key={i}
          aria-label={tn('chain_label', chain.weight, { index: i + 1, total: ranked.length })}
        >
          {chain.nodes.map((node, j) => (
            <li class={`node node-${node.kind}`} key={j}>
              {j > 0 && (
                <span class="arrow" aria-hidden="true">
                  →
                </span>
              )}
              <span class="node-box">
                <NodeLabel node={node} lang={lang} />
                <span class="node-kind">{t(KIND_LABEL[node.kind])}</span>
              </span>
            </li>
          ))}
        </ol>
      ))}
      {ranked.length > shown.length && <p class="muted">{tn('chain_more', ranked.length - shown.length)}</p>}
    </div>
  );
}

/** "a → b → c", for titles and tests. */
export function chainText(chain: Chain): string {
  return chain.nodes.map((n) => n.label).join(' → ');
}
