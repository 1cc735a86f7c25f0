/**
 * Bundles the CLI into dist/partnership.cjs, with the built-in templates
 * precompiled into it, and the Handlebars compiler, which only a user's own
 * template needs, into dist/handlebars.cjs beside it, and the HTML and DOCX
 * writers (markdown-it, docx) into dist/formats.cjs, the PDF writer (PDFKit) into dist/pdf.cjs, the terminal's prompts into
 * dist/prompts.cjs, and the evaluation report into dist/evaluation.cjs. The installed package
 * carries everything it runs: it has no dependencies. Commands run by hand should feel instant:
 * hundreds of small ES modules took several times as long to load (zod alone
 * 57 ms unbundled, 24 ms bundled), and on Node 20 one CommonJS file starts
 * 6–10 ms sooner than ES module chunks. Each command's code still runs only
 * when that command does. The sources are ES modules; type checking is
 * `npm run typecheck`.
 */
import { copyFile, mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { build } from 'esbuild';
import Handlebars from 'handlebars';

async function compileOptions() {
  const { outputFiles } = await build({
    entryPoints: ['src/documents/compile-options.ts'],
    bundle: true,
    format: 'esm',
    write: false,
  });
  return (await import(`data:text/javascript,${encodeURIComponent(outputFiles[0].text)}`)).COMPILE_OPTIONS;
}

/** Replaces src/documents/precompiled.ts with the built-in templates' sources and Handlebars specs. */
function precompiledTemplates(options) {
  return {
    name: 'precompiled-templates',
    setup(builder) {
      builder.onLoad({ filter: /[\\/]src[\\/]documents[\\/]precompiled\.ts$/ }, async () => {
        // Bokmål in builtin-templates/, nynorsk in builtin-templates/nn/: keyed by the path below it.
        const inFolder = async (folder) =>
          (await readdir(`builtin-templates${folder}`))
            .filter((file) => file.endsWith('.md.hbs'))
            .map((file) => `${folder.slice(1)}${folder ? '/' : ''}${file}`);
        const names = [...(await inFolder('')), ...(await inFolder('/nn'))].sort();
        const entries = await Promise.all(
          names.map(async (file) => {
            const source = await readFile(`builtin-templates/${file}`, 'utf8');
            return `${JSON.stringify(file)}: { source: ${JSON.stringify(source)}, spec: ${Handlebars.precompile(source, options)} }`;
          }),
        );
        return {
          contents: `export const PRECOMPILED = {\n${entries.join(',\n')}\n};\n`,
          loader: 'js',
          watchFiles: names.map((file) => `builtin-templates/${file}`),
        };
      });
    },
  };
}

/**
 * Points a loader module (src/<folder>/<loader>.ts) at the bundle of its own beside the CLI. The
 * function returns the module itself; callers that await it get the same.
 */
const bundledBeside = (folder, loader, functionName, bundle, member = '') => ({
  name: `bundled-${bundle}`,
  setup(builder) {
    builder.onLoad({ filter: new RegExp(`[\\\\/]src[\\\\/]${folder}[\\\\/]${loader}\\.ts$`) }, () => ({
      contents: `export function ${functionName}() { return require('./${bundle}')${member}; }\n`,
      loader: 'js',
    }));
  },
});

const common = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.19',
  legalComments: 'linked',
  minify: process.env.BUILD_UNMINIFIED !== '1',
  logLevel: 'warning',
};

await rm(new URL('./dist', import.meta.url), { recursive: true, force: true });
await build({ ...common, entryPoints: ['node_modules/handlebars/lib/index.js'], outfile: 'dist/handlebars.cjs' });
// The sources find the package's files from import.meta.url, which CommonJS spells __filename.
const importMetaUrl = {
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};
await build({
  ...common,
  entryPoints: ['src/documents/formats.ts'],
  outfile: 'dist/formats.cjs',
  plugins: [bundledBeside('documents', 'load-pdf', 'loadPdf', 'pdf.cjs')],
  external: ['./pdf.cjs'],
});
// PDFKit and its font engine, for --format pdf only; the fonts it embeds are the package's fonts/.
await build({ ...common, ...importMetaUrl, entryPoints: ['src/documents/pdf.ts'], outfile: 'dist/pdf.cjs' });
// PDFKit reads the sRGB profile of a PDF/A's output intent from data/ beside its code.
await mkdir(new URL('./dist/data', import.meta.url), { recursive: true });
await copyFile(
  new URL('./node_modules/pdfkit/js/data/sRGB_IEC61966_2_1.icc', import.meta.url),
  new URL('./dist/data/sRGB_IEC61966_2_1.icc', import.meta.url),
);
await build({ ...common, entryPoints: ['src/session/prompts.ts'], outfile: 'dist/prompts.cjs' });
// nodemailer, for invite --smtp only.
await build({ ...common, entryPoints: ['src/session/smtp.ts'], outfile: 'dist/smtp.cjs' });
// resvg (WebAssembly) for the report's charts as PNG, with its module beside the bundle.
await build({
  ...common,
  ...importMetaUrl,
  entryPoints: ['src/evaluation/chart-images.ts'],
  outfile: 'dist/chart-images.cjs',
});
await copyFile(
  new URL('./node_modules/@resvg/resvg-wasm/index_bg.wasm', import.meta.url),
  new URL('./dist/resvg.wasm', import.meta.url),
);
await build({ ...common, entryPoints: ['src/evaluation/report.ts'], outfile: 'dist/evaluation.cjs' });
await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/partnership.cjs',
  plugins: [
    precompiledTemplates(await compileOptions()),
    bundledBeside('documents', 'handlebars-compiler', 'loadHandlebarsCompiler', 'handlebars.cjs'),
    bundledBeside('documents', 'load-formats', 'loadFormats', 'formats.cjs'),
    bundledBeside('session', 'load-prompts', 'loadTerminalPrompter', 'prompts.cjs', '.terminalPrompter'),
    bundledBeside('session', 'load-evaluation', 'loadEvaluation', 'evaluation.cjs'),
    bundledBeside('evaluation', 'load-chart-images', 'loadChartImages', 'chart-images.cjs'),
    bundledBeside('session', 'load-smtp', 'loadSmtp', 'smtp.cjs'),
  ],
  // The compiler's, the formats', the prompts' and the evaluation report's bundles are loaded at run time.
  external: [
    './handlebars.cjs',
    './formats.cjs',
    './prompts.cjs',
    './evaluation.cjs',
    './chart-images.cjs',
    './smtp.cjs',
  ],
  ...importMetaUrl,
  sourcemap: 'linked',
});
