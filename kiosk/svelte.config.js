/** @type {import('@sveltejs/vite-plugin-svelte').SvelteConfig} */
export default {
  // Every component uses runes; fail fast on legacy syntax.
  compilerOptions: { runes: true },
};
