// npm run demo [-- --headless]
// Builds the extension, serves the sample pages at their real addresses and opens Chromium on the seed article.
// With --headless (or when there is no display) it prints what the extension found, writes screenshots to
// demo-output/ and exits.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchWithExtension, tabIdOf } from './lib/browser.mjs';
import { startFixtureServer } from './lib/fixture-server.mjs';

const SEED = 'bvcl-hai-phong-hai-duong-quang-ninh';
const OUT = new URL('../demo-output/', import.meta.url);

const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

execFileSync(process.execPath, ['node_modules/wxt/bin/wxt.mjs', 'build'], { stdio: 'inherit' });

const server = await startFixtureServer();
const seed = server.pages.find((p) => p.slug === SEED);
if (!seed) throw new Error(`seed page ${SEED} is missing from tests/fixtures/pages`);
const browser = await launchWithExtension({ port: server.port, hosts: server.hosts, headless });

async function shutdown(code) {
  await browser.close();
  await server.close();
  process.exit(code);
}

try {
  const page = await browser.context.newPage();
  await page.goto(seed.url);
  await page.waitForSelector('[data-cg-article]', { timeout: 20_000 });

  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 360, height: 300 });
  const tabId = await tabIdOf(browser.worker, page);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForSelector('[data-cg-status="article"] [data-cg-field="saved"][data-cg-value="saved"]', {
    timeout: 20_000,
  });
  const field = (name) => popup.locator(`[data-cg-field="${name}"]`).first();
  const title = await field('title').textContent();
  const published = await field('published').getAttribute('data-cg-value');
  const words = await field('words').getAttribute('data-cg-value');
  const date = published ? published.slice(0, 16).replace('T', ' ') : 'unknown';

  console.log(`Article found on ${seed.url}`);
  console.log(`  title:     ${title}`);
  console.log(`  published: ${date}`);
  console.log(`  words:     ${words}`);
  await popup.waitForSelector('[data-cg-field="glossary"]', { timeout: 20_000 });
  await popup.waitForFunction(() => !document.querySelector('[data-cg-field="marking"][data-cg-value="working"]'));
  const places = await popup.locator('[data-cg-action="reveal"]').evaluateAll((els) =>
    els.map((e) => ({ key: e.getAttribute('data-cg-key') ?? '', title: e.querySelector('.cg-popup__term-title')?.textContent ?? '' })),
  );
  const marks = await page.locator('[data-cg-kind]').count();
  console.log(`  marked:    ${marks} mentions of ${places.length} places and abbreviations`);
  console.log(`             ${places.map((p) => p.title).join(', ')}`);

  if (headless) {
    mkdirSync(OUT, { recursive: true });
    await page.bringToFront();
    await page.screenshot({ path: new URL('seed-article.png', OUT).pathname });
    await popup.setViewportSize({ width: 360, height: 640 });
    await popup.screenshot({ path: new URL('popup.png', OUT).pathname });
    const kinhMon = page.locator('[data-cg-key="d0:hai-duong/kinh-mon"]').first();
    await kinhMon.scrollIntoViewIfNeeded();
    await kinhMon.hover();
    await page.waitForSelector('[role="tooltip"]', { timeout: 5_000 });
    await page.screenshot({ path: new URL('tooltip.png', OUT).pathname });
    const options = await browser.context.newPage();
    await options.setViewportSize({ width: 900, height: 1400 });
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.waitForSelector('[data-cg-setting="marking.places"]');
    await options.screenshot({ path: new URL('options.png', OUT).pathname });
    console.log('Screenshots: demo-output/seed-article.png, demo-output/popup.png, demo-output/tooltip.png, demo-output/options.png');
    await shutdown(0);
  } else {
    await popup.close();
    await page.bringToFront();
    console.log(`Chromium is open with Chú Giải loaded. Settings: chrome-extension://${browser.extensionId}/options.html`);
    console.log('Other sample pages:');
    for (const p of server.pages) console.log(`  ${p.url}`);
    console.log('Close the browser window (or press Ctrl+C) to stop.');
    browser.context.on('close', () => void server.close().then(() => process.exit(0)));
    process.on('SIGINT', () => void shutdown(0));
  }
} catch (error) {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
}
