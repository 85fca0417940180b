import { defineConfig } from 'vite';
import { rendererConfig } from './config/rendererVite.ts';

// Browser mode: the same renderer, with the browser implementation of the preload contract.
// `npm run web` serves it on localhost; the end-to-end tests run its build.
export default defineConfig({
  ...rendererConfig('dist-web'),
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
