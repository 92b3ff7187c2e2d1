// The phone page behind a case receipt's QR code (/c/<code>): no socket, only the case's own data.
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-400.css';
import { mount } from 'svelte';
import CaseStatus from './CaseStatus.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from case.html');
mount(CaseStatus, { target });
