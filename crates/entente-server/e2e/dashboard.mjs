// Browser end-to-end test of the dashboard, in headless Debian chromium driven by
// playwright-core. Usage: node dashboard.mjs BASE_URL SCREENSHOT.png
// Exits 0 on success, 1 on a failed check, 77 (skip) when chromium is missing.
import { chromium } from "playwright-core";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [base, shot] = process.argv.slice(2);
if (!base || !shot) {
  console.error("usage: node dashboard.mjs BASE_URL SCREENSHOT.png");
  process.exit(2);
}
const exe = process.env.CHROMIUM || "/usr/bin/chromium";
if (!existsSync(exe)) {
  console.log(`SKIP: no chromium at ${exe} (apt-get install -y chromium)`);
  process.exit(77);
}

function check(cond, what) {
  if (!cond) throw new Error(`check failed: ${what}`);
  console.log(`ok: ${what}`);
}

const profile = mkdtempSync(join(tmpdir(), "entente-e2e-"));
// A fresh profile directory (playwright passes it as --user-data-dir).
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: exe,
  headless: true,
  viewport: { width: 1200, height: 1000 },
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run"],
});
let failed = false;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // No request may leave the server under test.
  const foreign = [];
  page.on("request", (r) => { if (!r.url().startsWith(base)) foreign.push(r.url()); });

  await page.goto(base + "/", { waitUntil: "load" });
  await page.fill("#dyad-a", "USA");
  await page.fill("#dyad-b", "COL");
  await page.selectOption("#dyad-by", "month");
  await page.click("#dyad-go");
  await page.waitForSelector("#chart svg .point", { timeout: 15000 });
  const points = await page.locator("#chart svg .point").count();
  check(points > 1, `chart has ${points} points`);
  const tps = await page.locator("#chart svg .turning-point").count();
  check(tps >= 1, `chart has ${tps} turning point(s)`);
  const bars = await page.locator("#quad-chart svg .bar").count();
  check(bars > 0, `QuadClass bars drawn (${bars})`);

  await page.locator("#chart svg .turning-point").first().click();
  await page.waitForSelector("#events-list .event", { timeout: 15000 });
  const listed = await page.locator("#events-list .event").count();
  check(listed > 0, `turning point lists ${listed} event(s)`);
  const title = await page.textContent("#events-title");
  check(/Turning point/.test(title), `events title names the turning point: ${title}`);
  const marks = await page.locator("#events-list .event mark.verb").count();
  check(marks > 0, "evidence sentences have the verb highlighted");
  const src = await page.locator("#events-list .event mark.src").first().textContent();
  check(src && src.length > 0, `source highlighted: ${src}`);

  // A point lists its period too.
  await page.locator("#chart svg .point").first().click();
  // The title changes at the click, the list when its request returns: wait for both.
  await page.waitForFunction(
    () =>
      /events, mean Goldstein/.test(document.querySelector("#events-title").textContent) &&
      document.querySelectorAll("#events-list .event").length > 0,
    null,
    { timeout: 15000 },
  ).catch(() => {});
  check((await page.locator("#events-list .event").count()) > 0, "a point lists its events");

  // Events table with filters, and an API error shown to the user.
  await page.fill("#ev-dyad", "USA:COL");
  await page.fill("#ev-limit", "10");
  await page.click("#ev-go");
  await page.waitForSelector("#events-table tbody tr", { timeout: 15000 });
  check((await page.locator("#events-table tbody tr").count()) === 10, "events table shows a page of 10");
  check(await page.isVisible("#ev-more"), "events table offers the next page");
  await page.click("#ev-more");
  await page.waitForFunction(() => document.querySelectorAll("#events-table tbody tr").length === 20);
  check(true, "next page appended");
  await page.fill("#ev-cameo", "9x");
  await page.click("#ev-go");
  await page.waitForSelector("#ev-error:not([hidden])");
  check(/cameo/.test(await page.textContent("#ev-error")), "a bad filter shows the API's error");
  await page.fill("#ev-cameo", "");

  // Code this text.
  await page.fill("#code-text", "Colombian President Gustavo Petro met US President Donald Trump in Washington on Tuesday.");
  await page.fill("#code-date", "2026-02-03");
  await page.click("#code-go");
  await page.waitForFunction(() =>
    /event\(s\)/.test(document.querySelector("#code-status").textContent) ||
    !document.querySelector("#code-error").hidden, null, { timeout: 60000 });
  if (await page.isVisible("#code-error")) {
    console.log(`note: coder unavailable: ${await page.textContent("#code-error")}`);
  } else {
    const coded = await page.locator("#code-events .event").count();
    check(coded > 0, `pasted text coded into ${coded} event(s)`);
  }

  // Back to the turning point for the screenshot.
  await page.locator("#chart svg .turning-point").first().click();
  await page.waitForFunction(() => /Turning point/.test(document.querySelector("#events-title").textContent));
  await page.waitForSelector("#events-list .event");
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot, fullPage: false });
  console.log(`screenshot: ${shot}`);
  check(errors.length === 0, `no page errors ${errors.join("; ")}`);
  check(foreign.length === 0, `no request left the server ${foreign.join(", ")}`);
} catch (e) {
  console.error(String(e));
  failed = true;
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
