import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { changedChildren } from './topLevelDiff.js';

/**
 * A render window for documents with many top-level blocks. Every block has
 * `content-visibility: auto`, so blocks off screen skip layout and paint; but
 * Chromium tracks each such block with an intersection observer that it
 * recomputes after every layout, which for 20,000 blocks cost 50–80 ms per
 * keystroke (measured in a trace of typing in seed 001 × 20). In a big
 * document only the blocks near the viewport and near the caret keep `auto`;
 * the rest get `content-visibility: hidden` (no observer, no layout, no paint).
 * The window moves with scrolling and with the caret.
 *
 * The near blocks are picked by one `:nth-child` rule in a stylesheet of the
 * view's own, not by node decorations: ProseMirror looks up a child's
 * decorations by scanning the parent's node decorations, so a thousand of them
 * cost 20,000 × 1000 steps per keystroke.
 */
export const WINDOW_MIN_BLOCKS = 3000;
/** Blocks kept near on each side of the viewport's block (a screen shows 20–40 blocks). */
const VIEWPORT_RADIUS = 400;
/** Blocks kept near on each side of the caret's block. */
const CARET_RADIUS = 100;
/** The window is moved once its anchor comes this close to the window's edge. */
const SLACK = 0.5;

interface Anchor {
  index: number;
  radius: number;
}
export interface RenderWindowState {
  /** Top-level index of the block in the middle of the viewport when the window was placed (null until the view reports one). */
  viewport: Anchor | null;
  caret: Anchor;
}

export const renderWindowKey = new PluginKey<RenderWindowState | null>('renderWindow');
let views = 0;

export function renderWindow(): Plugin<RenderWindowState | null> {
  const id = String(++views);
  const rule = new WindowRule(id);
  return new Plugin<RenderWindowState | null>({
    key: renderWindowKey,
    state: {
      init: (_, state) => (state.doc.childCount >= WINDOW_MIN_BLOCKS ? { viewport: null, caret: anchor(caretIndex(state), CARET_RADIUS) } : null),
      apply: (tr, old, _oldState, state) => next(tr, old, state),
    },
    props: {
      // ProseMirror reads the attributes before it updates the DOM and puts the selection there, so the rule is
      // written here: the caret's block must be rendered when the selection goes into it (a selection set
      // inside a skipped block is dropped by Chromium, and the next key would land elsewhere).
      attributes: (state): Record<string, string> => {
        rule.write(nearRanges(state));
        return renderWindowKey.getState(state) ? { 'data-window': id } : {};
      },
    },
    view: (view) => new ViewportTracker(view, rule),
  });
}

/** The top-level index ranges [from, to) rendered in full, or null when the whole document is. */
export function nearRanges(state: EditorState): [number, number][] | null {
  const s = renderWindowKey.getState(state);
  if (!s) return null;
  const count = state.doc.childCount;
  return [range(s.caret, count), ...(s.viewport ? [range(s.viewport, count)] : [])].sort((a, b) => a[0] - b[0]);
}

function next(tr: Transaction, old: RenderWindowState | null, state: EditorState): RenderWindowState | null {
  if (state.doc.childCount < WINDOW_MIN_BLOCKS) return null;
  const caret = caretIndex(state);
  const reported = tr.getMeta(renderWindowKey) as number | undefined;
  if (!old) return { viewport: reported === undefined ? null : anchor(reported, VIEWPORT_RADIUS), caret: anchor(caret, CARET_RADIUS) };
  let { viewport, caret: caretAnchor } = old;
  // A split or join moves later blocks by one index: the window is approximate, so the anchors stay put
  // unless the change was big (a paste or a deletion of many blocks); rewriting the rule restyles the document.
  if (tr.docChanged) {
    const change = changedChildren(tr.before, state.doc);
    if (change && Math.abs(change.endB - change.endA) > CARET_RADIUS * SLACK) viewport = null;
  }
  if (reported !== undefined && (!viewport || outside(reported, viewport))) viewport = anchor(reported, VIEWPORT_RADIUS);
  if (outside(caret, caretAnchor)) caretAnchor = anchor(caret, CARET_RADIUS);
  return viewport === old.viewport && caretAnchor === old.caret ? old : { viewport, caret: caretAnchor };
}

function anchor(index: number, radius: number): Anchor {
  return { index, radius };
}

/** Whether `index` has come within the slack of its anchor's window edge. */
function outside(index: number, a: Anchor): boolean {
  return Math.abs(index - a.index) > a.radius * SLACK;
}

function range(a: Anchor, count: number): [number, number] {
  return [Math.max(0, a.index - a.radius), Math.min(count, a.index + a.radius + 1)];
}

function caretIndex(state: EditorState): number {
  return Math.min(state.selection.$head.index(0), state.doc.childCount - 1);
}

/** The window as a rule in a stylesheet of its own. */
class WindowRule {
  private sheet: CSSStyleSheet | null = null;
  private written = '';

  constructor(private readonly id: string) {}

  write(ranges: [number, number][] | null): void {
    const selector = (r: [number, number]) => `.prose[data-window="${this.id}"] > :nth-child(n+${r[0] + 1}):nth-child(-n+${r[1]})`;
    // The whole rule lives here, so a browser without constructed stylesheets simply renders every block.
    const rule = ranges
      ? `.prose[data-window="${this.id}"] > * { content-visibility: hidden; }\n${ranges.map(selector).join(', ')} { content-visibility: auto; }`
      : '';
    if (rule === this.written) return;
    if (!this.sheet) {
      if (typeof CSSStyleSheet !== 'function' || typeof document === 'undefined' || !('adoptedStyleSheets' in document)) return;
      this.sheet = new CSSStyleSheet();
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.sheet];
    }
    this.written = rule;
    this.sheet.replaceSync(rule);
  }

  remove(): void {
    if (this.sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.sheet = null;
    this.written = '';
  }
}

/**
 * Reports the block in the middle of the viewport after scrolling (at most
 * once a frame, and only when the window would move), so the text the writer
 * scrolls to is rendered.
 */
class ViewportTracker {
  private frame = 0;
  private readonly onScroll = () => {
    if (!this.frame) this.frame = requestAnimationFrame(this.measure);
  };

  constructor(
    private readonly view: EditorView,
    private readonly rule: WindowRule,
  ) {
    const doc = view.dom.ownerDocument;
    doc.addEventListener('scroll', this.onScroll, { capture: true, passive: true });
    doc.defaultView?.addEventListener('resize', this.onScroll);
    this.onScroll();
  }

  private readonly measure = () => {
    this.frame = 0;
    const { view } = this;
    const window = renderWindowKey.getState(view.state);
    if (!window || view.isDestroyed) return;
    const index = viewportIndex(view);
    if (index === null || (window.viewport && !outside(index, window.viewport))) return;
    view.dispatch(view.state.tr.setMeta(renderWindowKey, index).setMeta('addToHistory', false));
  };

  destroy(): void {
    const doc = this.view.dom.ownerDocument;
    doc.removeEventListener('scroll', this.onScroll, { capture: true });
    doc.defaultView?.removeEventListener('resize', this.onScroll);
    cancelAnimationFrame(this.frame);
    this.rule.remove();
  }
}

/**
 * The top-level index of the block at the middle of the visible part of the
 * editor (inside the window and any scrolling ancestor, such as the version
 * reader's box), or null if none of it is on screen.
 */
function viewportIndex(view: EditorView): number | null {
  const win = view.dom.ownerDocument.defaultView;
  const rect = view.dom.getBoundingClientRect();
  let top = Math.max(rect.top, 0);
  let bottom = Math.min(rect.bottom, win?.innerHeight ?? 0);
  for (let el = view.dom.parentElement; el && win; el = el.parentElement) {
    const overflow = win.getComputedStyle(el).overflowY;
    if (overflow !== 'auto' && overflow !== 'scroll' && overflow !== 'hidden') continue;
    const box = el.getBoundingClientRect();
    top = Math.max(top, box.top);
    bottom = Math.min(bottom, box.bottom);
  }
  if (bottom <= top) return null;
  const hit = view.posAtCoords({ left: rect.left + rect.width / 2, top: (top + bottom) / 2 });
  if (!hit) return null;
  return Math.min(view.state.doc.resolve(hit.pos).index(0), view.state.doc.childCount - 1);
}
