// Makes the 320 px images of docs/html.md with the Chromium and playwright-core that
// validate-html uses (../shared/validate: run its setup first): the Katrineholm tjänsteskrivelse
// and årsredovisning as a 320 CSS px wide phone shows them, and their first printed pages.
// usage: node docs/images/make-web-shots.mjs [BUILD_DIR]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const kansli = join(resolve(process.argv[2] || join(here, 'build')), 'bin/kansli');
const validators = process.env.KANSLI_VALIDATORS_DIR || join(here, '../shared/validate');
const require = createRequire(join(validators, 'package.json'));
const { chromium } = require('playwright-core');
const images = join(here, 'docs/images');
const work = mkdtempSync(join(tmpdir(), 'kansli-shots-'));

const documents = [['katrineholm/tjansteskrivelse', 'tjansteskrivelse'], ['katrineholm/arsredovisning', 'arsredovisning']];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const [template, name] of documents) {
    execFileSync(kansli, ['render', '--example', '--template', template, '--format', 'html', '--out', join(work, name)]);
    const url = pathToFileURL(join(work, name, 'example.html')).href;
    const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto(url);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) throw new Error(`${name}: the page is ${width} px wide at 320 px`);
    await page.screenshot({ path: join(images, `html-${name}-320.png`) });
    if (name === 'arsredovisning') {
      // The widest table, scrolling inside its own region.
      await page.evaluate(() => [...document.querySelectorAll('.table-wrap')]
        .sort((a, b) => b.scrollWidth - a.scrollWidth)[0].scrollIntoView());
      await page.screenshot({ path: join(images, `html-${name}-320-table.png`) });
    }
    await page.emulateMedia({ media: 'print' });
    await page.pdf({ path: join(work, `${name}.pdf`), preferCSSPageSize: true, printBackground: true });
    await page.close();
    execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '2', join(work, `${name}.pdf`),
      join(images, `html-${name}-printed`)]);
  }
} finally {
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}
