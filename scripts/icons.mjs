// Regenerates every icon from resources/icon.svg: the PNG sizes Linux desktops look for, a
// multi-size .ico for Windows, an .icns for macOS, and the renderer's favicon. Run it after
// changing the SVG (`npm run icons`) and commit the results: packaging never renders SVG.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const svg = readFileSync('resources/icon.svg', 'utf8');
const sizes = [16, 32, 48, 64, 128, 256, 512, 1024];

/** Renders the SVG at one size, straight from the vectors (no downscaling blur). */
function render(size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

mkdirSync('resources/icons', { recursive: true });
for (const size of sizes) writeFileSync(`resources/icons/${size}x${size}.png`, render(size));

const master = render(1024);
// Windows: PNG-compressed entries, sized for the .exe (16–256).
const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, true, true);
const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0);
if (!ico || !icns) throw new Error('png2icons could not convert the 1024 px icon');
writeFileSync('resources/icon.ico', ico);
writeFileSync('resources/icon.icns', icns);

mkdirSync('src/renderer/public', { recursive: true });
copyFileSync('resources/icon.svg', 'src/renderer/public/favicon.svg');
console.log(`icons: ${sizes.length} PNGs, icon.ico, icon.icns, favicon.svg`);
