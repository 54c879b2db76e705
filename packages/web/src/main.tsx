/** Entry point: fonts, languages, global styles, then the app. */
// Noto Serif Tibetan (@fontsource/noto-serif-tibetan) is declared in styles.css with tuned metrics.
import '@fontsource/noto-sans-sc/400.css';
import './i18n/index.js';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

const container = document.getElementById('root');
if (container === null) {
  throw new Error('index.html has no #root element');
}
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
