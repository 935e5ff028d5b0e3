// Makes every app icon from resources/icon.svg: icon.png (512, Linux and the window), icon.icns (macOS),
// icon.ico (Windows). Run after changing the SVG: `node scripts/make-icons.ts`; commit what it writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import png2icons from 'png2icons';

const resources = fileURLToPath(new URL('../resources/', import.meta.url));
const svg = readFileSync(join(resources, 'icon.svg'));
const render = (size: number) => Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng());

const png1024 = render(1024);
writeFileSync(join(resources, 'icon.png'), render(512));
const icns = png2icons.createICNS(png1024, png2icons.BICUBIC, 0);
const ico = png2icons.createICO(render(256), png2icons.BICUBIC, 0, false, true);
if (!icns || !ico) throw new Error('png2icons could not convert the icon');
writeFileSync(join(resources, 'icon.icns'), icns);
writeFileSync(join(resources, 'icon.ico'), ico);
console.log('resources/icon.png, icon.icns, icon.ico written');
