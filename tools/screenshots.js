// Screenshots of each page type, both languages, desktop (1366) and mobile (390), light and dark,
// for a person to look at: node tools/screenshots.js http://127.0.0.1:5080/ /tmp/shots [full]
// Drives Debian's Chromium (SITE_CHROMIUM, default /usr/bin/chromium) through playwright-core.
"use strict";
const path = require("path");
const fs = require("fs");
const { chromium } = require("playwright-core");

const base = process.argv[2] || "http://127.0.0.1:5080/";
const out = process.argv[3] || "/tmp/site-screenshots";
const fullPage = process.argv[4] === "full";
const pages = {
  home: "",
  post: "blog/2019/linkerd-benchmarks/",
  "post-code": "blog/2026/kubernetes-sigs-and-keps/",
  project: "projects/linkerd/",
  directory: "projects/",
  category: "categories/service-mesh/",
  "top-category": "categories/orchestration-management/",
  glossary: "glossary/",
  term: "glossary/service-mesh/",
  sig: "sigs/tag-network/",
  "sig-index": "sigs/",
  tags: "tags/",
  "blog-list": "blog/",
  search: "search/?q=linkerd",
  status: "status/translations/",
  "not-found": "404.html",
};
const sizes = { desktop: { width: 1366, height: 900 }, mobile: { width: 390, height: 844 } };

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({ executablePath: process.env.SITE_CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox"] });
  for (const [name, url] of Object.entries(pages)) {
    for (const lang of ["en", "zh"]) {
      for (const [size, viewport] of Object.entries(sizes)) {
        for (const scheme of ["light", "dark"]) {
          const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1, locale: lang === "zh" ? "zh-CN" : "en-US" });
          const page = await context.newPage();
          const target = new URL((lang === "zh" ? "zh/" : "") + url, base).href;
          await page.goto(target);
          if (name === "search") {
            await page.locator("#search-results > li").first().waitFor({ timeout: 10000 }).catch(() => {});
          }
          const file = path.join(out, `${name}-${lang}-${size}-${scheme}.png`);
          await page.screenshot({ path: file, fullPage });
          const header = await page.evaluate(() => Math.round(document.querySelector(".site-header").getBoundingClientRect().height));
          console.log(`${file}\theader ${header}px`);
          await context.close();
        }
      }
    }
  }
  await browser.close();
})().catch((e) => { console.error(e); process.exit(1); });
