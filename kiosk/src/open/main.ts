// The public page /open: the office's own figures for anyone with a phone. No socket, no login.
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-400.css';
import { mount } from 'svelte';
import Open from './Open.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from open.html');
mount(Open, { target });
