// The public page /book: a resident books a time, sees the code, or cancels it. No socket, no login.
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/latin-400.css';
import { mount } from 'svelte';
import './book.css';
import Book from './Book.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app is missing from book.html');
mount(Book, { target });
