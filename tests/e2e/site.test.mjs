// End-to-end test of a published meeting site in Debian's Chromium, driven by playwright-core.
// usage: node site.test.mjs SITE_DIR ARSREDOVISNING_HTML ARTEFACT_DIR
//
// 1. Serves SITE_DIR on localhost, walks the index → a body → a meeting → an item's document,
//    back to its agenda item and up its breadcrumb, and downloads the item's PDF (when a pdf
//    writer is loaded) and DOCX from the document's page.
// 2. Keyboard: on every page the first Tab reaches the skip link and the next the breadcrumb,
//    and Enter on the skip link moves focus to <main>.
// 3. axe-core (WCAG 2.0/2.1 A and AA) on every page in dark mode, which validate-html (light
//    mode) does not see.
// 4. Screenshots of the årsredovisning at 375 px and 1280 px wide and in print, into
//    ARTEFACT_DIR; at 375 px the page itself must not scroll sideways, while its wide tables
//    scroll inside their own regions.
// Prints one line per check and exits 1 if any failed.
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, mkdirSync, statSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, extname, sep } from 'node:path';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const { chromium } = require('playwright-core');
const axePath = require.resolve('axe-core/axe.min.js');

const [siteDir, annualReport, artefacts] = process.argv.slice(2).map((p) => resolve(p));
if (!artefacts) {
  console.error('usage: node site.test.mjs SITE_DIR ARSREDOVISNING_HTML ARTEFACT_DIR');
  process.exit(2);
}
mkdirSync(artefacts, { recursive: true });

// Scrolls the widest table of the page into view, for its screenshot.
function showWidestTable(page) {
  return page.evaluate(() => {
    const wraps = [...document.querySelectorAll('.table-wrap')];
    wraps.sort((a, b) => b.scrollWidth - a.scrollWidth)[0].scrollIntoView();
  });
}

let failures = 0;
function check(ok, what, detail = '') {
  console.log(`${ok ? '[ok]  ' : '[FAIL]'} ${what}${!ok && detail ? `: ${detail}` : ''}`);
  if (!ok) failures += 1;
}

// ---- a static server for the site, as a web team's server would be
const types = {
  '.html': 'text/html; charset=utf-8',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.odt': 'application/vnd.oasis.opendocument.text',
  '.pdf': 'application/pdf',
};
const requests = [];
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  const file = resolve(join(siteDir, path.endsWith('/') ? path + 'index.html' : path));
  requests.push(path);
  if (!file.startsWith(siteDir + sep) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
const base = `http://127.0.0.1:${server.address().port}`;

const userData = mkdtempSync(join(tmpdir(), 'kansli-e2e-'));
const context = await chromium.launchPersistentContext(userData, {
  executablePath: '/usr/bin/chromium',
  headless: true,
  acceptDownloads: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 900 },
});
// Nothing may load from outside the site: count every request that leaves localhost.
const outside = [];
context.on('request', (r) => {
  const url = r.url();
  if (!url.startsWith(base) && !url.startsWith('file:') && !url.startsWith('data:')) outside.push(url);
});

try {
  const page = context.pages()[0] ?? (await context.newPage());

  // ---- 1. index → body → meeting → document → breadcrumb back, and a download
  await page.goto(`${base}/index.html`);
  check(await page.locator('h1').count() === 1, 'the index has one h1');
  const bodyLink = page.locator('main h2 a').first();
  const bodyName = (await bodyLink.textContent()).trim();
  await bodyLink.click();
  await page.waitForLoadState();
  check((await page.locator('h1').textContent()).trim() === bodyName, 'the index links to the body\'s page',
    `h1 is "${await page.locator('h1').textContent()}"`);
  const bodyUrl = page.url();

  const meetingLink = page.locator('main li a').first();
  const meetingName = (await meetingLink.textContent()).trim();
  await meetingLink.click();
  await page.waitForLoadState();
  check((await page.locator('h1').textContent()).trim() === meetingName,
    'the body\'s page links to the meeting page', `h1 is "${await page.locator('h1').textContent()}"`);
  const meetingUrl = page.url();

  const itemLink = page.locator('ol.agenda > li ul.documents > li > a[href$=".html"]').first();
  check(await itemLink.count() === 1, 'the agenda links to an item\'s document');
  const itemTitle = (await itemLink.textContent()).trim();
  const itemHref = await itemLink.getAttribute('href');
  const itemId = await itemLink.evaluate((a) => a.closest('ol.agenda > li').id);
  await itemLink.click();
  await page.waitForLoadState();
  check((await page.title()) === itemTitle, 'following the agenda opens the item\'s document',
    `title is "${await page.title()}", expected "${itemTitle}"`);
  const documentUrl = page.url();

  // The document says where it is: its breadcrumb ends in itself, after the meeting.
  const crumbs = (await page.locator('nav.site-breadcrumbs li').allTextContents()).map((t) => t.trim());
  check(crumbs.length === 5 && crumbs[3] === meetingName && crumbs[4] === itemTitle,
    'the document\'s breadcrumb: site › body › year › meeting › document', crumbs.join(' › '));
  // Back to its agenda item on the meeting page …
  await page.locator('aside.site-document a', { hasText: 'Tillbaka till ärende' }).click();
  await page.waitForLoadState();
  check(page.url() === `${meetingUrl}#${itemId}`, 'the document leads back to its agenda item', page.url());
  // … and up the breadcrumb from the document to its body.
  await page.goto(documentUrl);
  await page.locator('nav.site-breadcrumbs').getByRole('link', { name: bodyName, exact: true }).click();
  await page.waitForLoadState();
  check(page.url() === bodyUrl, 'the breadcrumb leads back to the body\'s page', page.url());
  await page.goto(documentUrl);
  await page.locator('nav.site-breadcrumbs').getByRole('link', { name: meetingName, exact: true }).click();
  await page.waitForLoadState();
  check(page.url() === meetingUrl, 'the breadcrumb leads back to the meeting page', page.url());

  // The item's downloads, offered on the document's own page: PDF (once a pdf writer is
  // loaded) and DOCX.
  await page.goto(documentUrl);
  for (const [extension, format, magic] of [['pdf', 'PDF', '%PDF'], ['docx', 'Word', 'PK\u0003\u0004']]) {
    const link = page.locator(`aside.site-document a[href="${itemHref.replace(/\.html$/, `.${extension}`)}"]`);
    if (extension === 'pdf' && await link.count() === 0) {
      console.log('[skip] no PDF download: no pdf writer is loaded');
      continue;
    }
    const linkText = (await link.textContent()).trim();
    check(new RegExp(`\\(${format}, [0-9]+(,[0-9])?\u00a0[kM]B\\)$`).test(linkText),
      `the ${format} link names format and size`, linkText);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const bytes = readFileSync(await download.path());
    check(bytes.subarray(0, magic.length).toString('latin1') === magic, `the downloaded ${extension} is one`);
    if (extension === 'docx')
      check(bytes.includes(Buffer.from('word/document.xml')), 'the downloaded DOCX holds word/document.xml');
    const size = Number(linkText.match(/([0-9]+)\u00a0kB/)?.[1]);
    check(Math.abs(size - bytes.length / 1000) <= 0.5 || (size === 1 && bytes.length < 1500),
      `the size in the ${format} link text is the file's`, `${size} kB for ${bytes.length} bytes`);
  }

  // ---- 2. keyboard: Tab reaches the skip link first and then the breadcrumb; Enter on the
  //         skip link moves focus to main
  const pages = [`${base}/index.html`, bodyUrl, meetingUrl, documentUrl, pathToFileURL(annualReport).href];
  for (const url of pages) {
    await page.goto(url);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => document.activeElement?.classList.contains('skip-link'));
    check(first, `first Tab reaches the skip link (${url.replace(base, '')})`);
    if (url.startsWith(base) && url !== `${base}/index.html`) {
      await page.keyboard.press('Tab');
      const second = await page.evaluate(() => document.activeElement?.closest('nav.site-breadcrumbs') !== null);
      check(second, `the second Tab reaches the breadcrumb (${url.replace(base, '')})`);
      await page.keyboard.press('Shift+Tab');
    }
    await page.keyboard.press('Enter');
    const focused = await page.evaluate(() => document.activeElement?.tagName);
    check(focused === 'MAIN', `the skip link moves focus to main (${url.replace(base, '')})`, focused);
  }

  // ---- 3. axe in dark mode (validate-html checks light mode)
  for (const scheme of ['dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const url of pages) {
      await page.goto(url);
      await page.addScriptTag({ path: axePath });
      const result = await page.evaluate(() => window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }));
      const found = result.violations.map((v) => `${v.id} (${v.nodes.length})`).join(', ');
      check(result.violations.length === 0, `axe finds no violation in ${scheme} mode (${url.replace(base, '')})`, found);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }

  // ---- 4. the årsredovisning on a phone, on a desktop and in print
  const report = pathToFileURL(annualReport).href;
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto(report);
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    view: document.documentElement.clientWidth,
    scrollingTables: [...document.querySelectorAll('.table-wrap')].filter((w) => w.scrollWidth > w.clientWidth).length,
  }));
  check(widths.page <= widths.view, 'at 375 px the page does not scroll sideways', `${widths.page} > ${widths.view}`);
  check(widths.scrollingTables > 0, 'at 375 px wide tables scroll inside their region');
  await page.screenshot({ path: join(artefacts, 'arsredovisning-375-full.png'), fullPage: true });
  await page.screenshot({ path: join(artefacts, 'arsredovisning-375.png') });
  // The widest table: it scrolls inside its region, the page does not.
  await showWidestTable(page);
  await page.screenshot({ path: join(artefacts, 'arsredovisning-375-table.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(report);
  await page.screenshot({ path: join(artefacts, 'arsredovisning-1280-full.png'), fullPage: true });
  await page.screenshot({ path: join(artefacts, 'arsredovisning-1280.png') });
  await showWidestTable(page);
  await page.screenshot({ path: join(artefacts, 'arsredovisning-1280-table.png') });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(report);
  await page.screenshot({ path: join(artefacts, 'arsredovisning-1280-dark.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });  // A4 at 96 dpi
  await page.goto(report);
  check(await page.evaluate(() => getComputedStyle(document.querySelector('.skip-link')).display) === 'none',
    'in print the skip link is hidden');
  await page.screenshot({ path: join(artefacts, 'arsredovisning-print-full.png'), fullPage: true });
  await page.screenshot({ path: join(artefacts, 'arsredovisning-print.png') });
  await page.pdf({ path: join(artefacts, 'arsredovisning-print.pdf'), preferCSSPageSize: true, printBackground: true });
  await page.emulateMedia({ media: 'screen' });
  check(outside.length === 0, 'nothing is loaded from outside the site', outside.join(' '));
} finally {
  await context.close();
  server.close();
  rmSync(userData, { recursive: true, force: true });
}

console.log(failures === 0 ? 'PASS' : `FAIL (${failures})`);
process.exit(failures === 0 ? 0 : 1);
