/**
 * The report's charts as files an evaluation report can take in: each as SVG (the drawing the page
 * shows, standing alone) and as PNG, drawn by resvg (WebAssembly, no native code) in the fonts the
 * package ships, at 300 dpi for the 170 mm the page prints it at. Bundled on its own
 * (dist/chart-images.cjs, with dist/resvg.wasm beside it) and loaded only for `report --charts`; the
 * report's PDF draws the same SVG in vectors instead.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initWasm, Resvg } from '@resvg/resvg-wasm';

/** 170 mm at 300 dpi. */
const PNG_WIDTH = Math.round((170 / 25.4) * 300);

/** A file shipped with the package: beside the bundle (dist/), or where the sources find it. */
function packageFile(candidates: readonly string[]): string {
  for (const relative of candidates) {
    const path = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`${candidates[0]} is missing from the installation`);
}

let ready: Promise<void> | undefined;

function started(): Promise<void> {
  ready ??= initWasm(readFileSync(packageFile(['./resvg.wasm', '../../node_modules/@resvg/resvg-wasm/index_bg.wasm'])));
  return ready;
}

export async function chartPng(svg: string): Promise<Uint8Array> {
  await started();
  const fonts = ['LiberationSans-Regular.ttf', 'LiberationSans-Bold.ttf'].map((file) =>
    readFileSync(packageFile([`../fonts/${file}`, `../../fonts/${file}`])),
  );
  const renderer = new Resvg(svg, {
    font: { fontBuffers: fonts, defaultFontFamily: 'Liberation Sans', sansSerifFamily: 'Liberation Sans' },
    fitTo: { mode: 'width', value: PNG_WIDTH },
    background: '#ffffff',
  });
  try {
    return renderer.render().asPng();
  } finally {
    renderer.free();
  }
}
