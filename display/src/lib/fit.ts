// The largest type that fits: a Svelte action that sets an element's font-size (in px) to the largest
// size at which its content fits its box without overflowing, so a hall TV reads as far as it can whatever
// the office's sector names, languages or media. Children size in em. The box itself must not depend on
// its own font-size (a flex or grid cell with min-height 0), or the search would chase itself.

export interface FitOptions {
  min: number;
  max: number;
}

const wide = (e: Element) => e.scrollWidth <= e.clientWidth + 1;
/** The box, and the width of each of its rows: a row's content can run into the row's own border, and
    the box would not see it. */
const fits = (node: HTMLElement) =>
  node.scrollHeight <= node.clientHeight + 1 && wide(node) && Array.from(node.children).every(wide);

/** Binary search to the nearest half pixel; every step is one synchronous layout. */
export function fitSize(node: HTMLElement, { min, max }: FitOptions): number {
  let lo = min;
  let hi = max;
  node.style.fontSize = `${hi}px`;
  if (fits(node)) return hi;
  while (hi - lo > 0.5) {
    const mid = (lo + hi) / 2;
    node.style.fontSize = `${mid}px`;
    if (fits(node)) lo = mid;
    else hi = mid;
  }
  node.style.fontSize = `${lo}px`;
  return lo;
}

export function fit(node: HTMLElement, options: FitOptions) {
  let current = options;
  // Observer callbacks run before the next paint, so no frame ever shows the content overflowing.
  const refit = () => {
    node.dataset['fitPx'] = String(fitSize(node, current));
  };
  const resized = new ResizeObserver(refit);
  resized.observe(node);
  // New calls, a sector renamed, a language switched: the content changes, the box does not.
  const changed = new MutationObserver(refit);
  changed.observe(node, { childList: true, subtree: true, characterData: true });
  void document.fonts.ready.then(refit);
  refit();
  return {
    update(next: FitOptions) {
      current = next;
      refit();
    },
    destroy() {
      resized.disconnect();
      changed.disconnect();
    },
  };
}
