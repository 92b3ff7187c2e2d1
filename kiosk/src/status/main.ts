// The phone page behind a ticket's QR code: no socket, no web font download beyond Kazakh glyphs.
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-400.css';
import { mount } from 'svelte';
import Status from './Status.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from status.html');
mount(Status, { target });
