// Whether a scrolling list has more below the fold: large text pushes sectors off the screen, and a
// visitor must see that the list goes on.
export class ScrollState {
  more = $state(false);

  /** For {@attach}: follows the element's scrolling and size, and its content's. */
  attach = (el: HTMLElement): (() => void) => {
    const update = () => (this.more = el.scrollTop + el.clientHeight < el.scrollHeight - 4);
    const resize = new ResizeObserver(update);
    // The box and what is in it: larger text grows the content, not the box.
    const observe = () => {
      resize.disconnect();
      resize.observe(el);
      for (const child of el.children) resize.observe(child);
      update();
    };
    const mutations = new MutationObserver(observe);
    mutations.observe(el, { childList: true, subtree: true });
    el.addEventListener('scroll', update, { passive: true });
    observe();
    return () => {
      resize.disconnect();
      mutations.disconnect();
      el.removeEventListener('scroll', update);
    };
  };
}
