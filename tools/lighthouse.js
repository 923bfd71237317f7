// Lighthouse scores and page weights of a built site, as a markdown table:
//   node tools/lighthouse.js [output]        (default: output/, built with `site build`)
// Serves the folder on 127.0.0.1 the way Netlify does (gzip, the Content-Security-Policy of
// netlify.toml, 404.html), runs Lighthouse (pinned in tools/package.json) with Debian's Chromium
// (SITE_CHROMIUM) on mobile and desktop settings, and weighs each page: HTML + CSS + JS, gzipped.
"use strict";
const fs = require("fs");
const path = require("path");
const http = require("http");
const zlib = require("zlib");
const { execFile } = require("child_process");

const root = path.resolve(process.argv[2] || "output");
const chromium = process.env.SITE_CHROMIUM || "/usr/bin/chromium";
const pages = [
  ["home", "/"],
  ["post", "/blog/2019/linkerd-benchmarks/"],
  ["project", "/projects/linkerd/"],
  ["Chinese post", "/zh/blog/2019/linkerd-benchmarks/"],
];
const types = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json",
  ".svg": "image/svg+xml", ".png": "image/png", ".xml": "application/xml", ".txt": "text/plain" };
const csp = (/Content-Security-Policy = "([^"]+)"/.exec(fs.readFileSync(path.join(__dirname, "..", "netlify.toml"), "utf8")) || [])[1];

function fileOf(urlPath) {
  let p = decodeURIComponent(urlPath.split("?")[0]);
  if (p.endsWith("/")) p += "index.html";
  const full = path.join(root, p);
  return full.startsWith(root) && fs.existsSync(full) && fs.statSync(full).isFile() ? full : null;
}

const server = http.createServer((req, res) => {
  const file = fileOf(req.url);
  const body = fs.readFileSync(file || path.join(root, "404.html"));
  const type = types[path.extname(file || ".html")] || "application/octet-stream";
  const headers = { "Content-Type": type, "X-Content-Type-Options": "nosniff", "Cache-Control": "public, max-age=31536000" };
  if (csp) headers["Content-Security-Policy"] = csp;
  const gzip = /gzip/.test(req.headers["accept-encoding"] || "") && /text|json|xml|svg/.test(type);
  if (gzip) headers["Content-Encoding"] = "gzip";
  res.writeHead(file ? 200 : 404, headers);
  res.end(gzip ? zlib.gzipSync(body) : body);
});

function lighthouse(url, preset) {
  const args = [url, "--quiet", "--output=json", "--output-path=stdout", `--chrome-flags=--headless=new --no-sandbox --disable-gpu`,
    "--only-categories=performance,accessibility,best-practices,seo"];
  if (preset === "desktop") args.push("--preset=desktop");
  return new Promise((resolve, reject) => {
    execFile(path.join(__dirname, "node_modules", ".bin", "lighthouse"), args, { env: { ...process.env, CHROME_PATH: chromium }, maxBuffer: 64 << 20 },
      (err, stdout) => {
        if (err) return reject(err);
        const report = JSON.parse(stdout);
        const score = (id) => Math.round(report.categories[id].score * 100);
        const failing = Object.values(report.audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary").map((a) => a.id);
        resolve({ perf: score("performance"), a11y: score("accessibility"), bp: score("best-practices"), seo: score("seo"), failing });
      });
  });
}

// HTML + the stylesheets and scripts it links (not images, not the search indexes loaded on focus), each gzipped.
function weight(urlPath) {
  const html = fs.readFileSync(fileOf(urlPath));
  const refs = [...html.toString().matchAll(/<(?:link rel="stylesheet" href|script src)="([^"]+)"/g)].map((m) => m[1]);
  let total = zlib.gzipSync(html, { level: 9 }).length;
  for (const ref of refs) total += zlib.gzipSync(fs.readFileSync(fileOf(ref)), { level: 9 }).length;
  return { total, files: refs.length + 1 };
}

server.listen(0, "127.0.0.1", async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log("| page | form factor | performance | accessibility | best practices | SEO | HTML+CSS+JS gzipped |");
  console.log("|---|---|---|---|---|---|---|");
  let failed = false;
  for (const [name, urlPath] of pages) {
    const w = weight(urlPath);
    for (const preset of ["mobile", "desktop"]) {
      const r = await lighthouse(base + urlPath, preset);
      const all = [r.perf, r.a11y, r.bp, r.seo];
      failed = failed || all.some((s) => s < 100);
      console.log(`| ${name} (${urlPath}) | ${preset} | ${r.perf} | ${r.a11y} | ${r.bp} | ${r.seo} | ${(w.total / 1024).toFixed(1)} KB in ${w.files} files |` +
        (r.failing.length ? ` failing: ${r.failing.join(", ")}` : ""));
    }
  }
  server.close();
  process.exitCode = failed ? 1 : 0;
});
