// electron-vite turns `import path from './file?asset'` into the file's path at run time,
// copying the file into the build: dev and packaged builds find it the same way.
/// <reference types="electron-vite/node" />
