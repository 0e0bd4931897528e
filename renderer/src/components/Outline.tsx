import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { OutlineItem } from '../editor/outlinePlugin.js';

const ROW_PX = 28;
const OVERSCAN = 12;

/**
 * The outline as one tab stop: a tree whose active entry is moved with the
 * arrow keys (Home/End to the ends) and opened with Enter, as in the ARIA
 * tree pattern. Only the rows in view are rendered, so a document with
 * thousands of headings costs no more than one with twenty.
 */
export const Outline = memo(function Outline(props: { items: OutlineItem[]; onSelect: (item: OutlineItem) => void }) {
  const { items } = props;
  const [active, setActive] = useState(0);
  const [scroll, setScroll] = useState({ top: 0, height: 600 });
  const viewport = useRef<HTMLDivElement>(null);
  const current = Math.min(active, Math.max(0, items.length - 1));

  useEffect(() => {
    const el = viewport.current;
    if (!el) return;
    const measure = () => setScroll({ top: el.scrollTop, height: el.clientHeight || 600 });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [items.length === 0]);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(index, items.length - 1));
    setActive(next);
    const el = viewport.current;
    if (!el) return;
    if (next * ROW_PX < el.scrollTop) el.scrollTop = next * ROW_PX;
    else if ((next + 1) * ROW_PX > el.scrollTop + el.clientHeight) el.scrollTop = (next + 1) * ROW_PX - el.clientHeight;
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const page = Math.max(1, Math.floor(scroll.height / ROW_PX) - 1);
    const moves: Record<string, number> = { ArrowDown: current + 1, ArrowUp: current - 1, Home: 0, End: items.length - 1, PageDown: current + page, PageUp: current - page };
    if (e.key in moves) {
      e.preventDefault();
      moveTo(moves[e.key]!);
    } else if ((e.key === 'Enter' || e.key === ' ') && items[current]) {
      e.preventDefault();
      props.onSelect(items[current]);
    }
  };

  const first = Math.max(0, Math.floor(scroll.top / ROW_PX) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((scroll.top + scroll.height) / ROW_PX) + OVERSCAN);
  const shown = items.slice(first, last);
  return (
    <nav className="outline" aria-labelledby="outline-title">
      <h2 id="outline-title">Disposition</h2>
      {items.length === 0 ? (
        <p className="empty">Inga rubriker ännu.</p>
      ) : (
        <div className="outline-viewport" ref={viewport} onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}>
          <ul
            role="tree"
            aria-labelledby="outline-title"
            tabIndex={0}
            aria-activedescendant={`outline-item-${current}`}
            onKeyDown={onKeyDown}
            style={{ height: items.length * ROW_PX }}
          >
            {shown.map((item, k) => {
              const i = first + k;
              return (
                <li
                  key={i}
                  id={`outline-item-${i}`}
                  role="treeitem"
                  aria-level={item.level}
                  aria-setsize={items.length}
                  aria-posinset={i + 1}
                  aria-selected={i === current}
                  className={`level-${item.level}${i === current ? ' active' : ''}`}
                  style={{ top: i * ROW_PX, height: ROW_PX }}
                  onClick={() => {
                    setActive(i);
                    props.onSelect(item);
                  }}
                >
                  {item.heading || '(tom rubrik)'}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </nav>
  );
});
