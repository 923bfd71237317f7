// Our search against Pagefind (npm pagefind 1.6.0, the version that runs on Node 20) over the same built
// site, with the same query set; prints top-1/3/10 per language for each engine and the queries where they
// differ. Usage (after `npm ci` in bench/search and a build of the site):
//   node bench/search/compare.mjs <built site> [queries.json] [--misses]
// Our ranking runs in Node with tools/lunr/lunr-cjk.js (the code search.js runs in the browser; the suite's
// SearchRelevanceTests runs the same queries through the real search page in Chromium). Pagefind indexes a
// copy of the site twice: as is (every <body>) and with --root-selector main (page content only), and its
// own browser API (pagefind.js + WebAssembly) answers in Node.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
const root = path.resolve(here, '..', '..')
const require = createRequire(import.meta.url)
const lunr = require(path.join(root, 'tools', 'node_modules', 'lunr'))
const cjk = require(path.join(root, 'tools', 'lunr', 'lunr-cjk.js'))(lunr)

const args = process.argv.slice(2).filter(a => !a.startsWith('--'))
const showMisses = process.argv.includes('--misses')
const site = path.resolve(args[0] || 'output')
const queries = JSON.parse(fs.readFileSync(args[1] || path.join(root, 'tests', 'Site.Tests', 'Browser', 'Relevance', 'queries.json'), 'utf8')).queries
const langs = [...new Set(queries.map(q => q.lang))]

function ours () {
  const out = new Map()
  for (const lang of langs) {
    const dir = path.join(site, lang === 'en' ? '' : lang, 'search')
    const light = JSON.parse(fs.readFileSync(path.join(dir, 'light.json'), 'utf8'))
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'full.json'), 'utf8'))
    const sources = [{ index: lunr.Index.load(light.index) }]
    for (const [, file] of manifest.shards) {
      sources.push({ index: lunr.Index.load(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))), docCount: manifest.documents })
    }
    for (const q of queries.filter(q => q.lang === lang)) {
      out.set(q, cjk.rank(cjk.parseQuery(q.query), sources).slice(0, 10).map(r => light.docs[r.ref].url))
    }
  }
  return out
}

// pagefind.js is written for browsers: give it the page language, and file: fetches from the copy.
const realFetch = globalThis.fetch
globalThis.fetch = async (url, options) => {
  const u = String(url)
  if (!u.startsWith('file:')) return realFetch(url, options)
  const file = fileURLToPath(u.split('?')[0])
  return fs.existsSync(file) ? new Response(fs.readFileSync(file)) : new Response(null, { status: 404 })
}

async function pagefind (extraArgs, label) {
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'pagefind-compare-'))
  try {
    fs.cpSync(site, copy, { recursive: true })
    const bin = path.join(here, 'node_modules', '.bin', 'pagefind')
    execFileSync(bin, ['--site', copy, ...extraArgs], { stdio: 'ignore' })
    const out = new Map()
    for (const lang of langs) {
      const htmlLang = /<html[^>]*\slang="([^"]+)"/.exec(fs.readFileSync(path.join(copy, lang === 'en' ? '' : lang, 'index.html'), 'utf8'))[1]
      globalThis.document = { currentScript: null, querySelector: s => s === 'html' ? { getAttribute: a => a === 'lang' ? htmlLang : null } : null }
      // A fresh module instance per language (pagefind.js keeps its language from the first init).
      const pf = await import(pathToFileURL(path.join(copy, 'pagefind', 'pagefind.js')).href + '?' + lang + label)
      await pf.options({ baseUrl: '/' })
      await pf.init()
      for (const q of queries.filter(q => q.lang === lang)) {
        const found = await pf.search(q.query)
        const data = await Promise.all(found.results.slice(0, 10).map(r => r.data()))
        out.set(q, data.map(d => d.url.replace(/index\.html$/, '')))
      }
    }
    return out
  } finally {
    fs.rmSync(copy, { recursive: true, force: true })
  }
}

function score (results) {
  const t = {}
  for (const lang of langs) t[lang] = { n: 0, top1: 0, top3: 0, top10: 0 }
  for (const [q, urls] of results) {
    const rank = urls.findIndex(u => q.expect.includes(u))
    const s = t[q.lang]
    s.n++
    if (rank === 0) s.top1++
    if (rank >= 0 && rank < 3) s.top3++
    if (rank >= 0 && rank < 10) s.top10++
  }
  return t
}

const engines = [
  ['ours (lunr-cjk.js)', ours()],
  ['Pagefind 1.6.0, whole <body>', await pagefind([], 'body')],
  ['Pagefind 1.6.0, --root-selector main', await pagefind(['--root-selector', 'main'], 'main')]
]
console.log(`${queries.length} queries on ${site}`)
console.log('| engine | ' + langs.map(l => `${l} top-1 | ${l} top-3 | ${l} top-10`).join(' | ') + ' |')
console.log('|---|' + langs.map(() => '---|---|---').join('|') + '|')
for (const [name, results] of engines) {
  const t = score(results)
  console.log(`| ${name} | ` + langs.map(l => `${t[l].top1}/${t[l].n} | ${t[l].top3}/${t[l].n} | ${t[l].top10}/${t[l].n}`).join(' | ') + ' |')
}
if (showMisses) {
  for (const [name, results] of engines) {
    console.log(`\n${name}: queries whose expected page is not first`)
    for (const [q, urls] of results) {
      const rank = urls.findIndex(u => q.expect.includes(u))
      if (rank !== 0) console.log(`  ${q.lang} ${rank < 0 ? 'missing' : '#' + (rank + 1)} [${q.kind}] ${q.query} -> ${urls.slice(0, 3).join(' ')}`)
    }
  }
}
