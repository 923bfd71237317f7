// What a query costs to fetch, gzipped (-9), on a built site: the scripts, the light index and the
// manifest (fetched on the search box's first focus), the full-tier shards holding the query's terms
// (the first results need them), and the pages of the first 8 results that matched in their body
// (search.js fetches a result's page to cut a passage from when its summary shows no match: an upper bound). Usage: node bench/search/weight.js <site> <queries.json | -q "q1" "q2" … --lang zh>
'use strict'
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')
const root = path.resolve(__dirname, '..', '..')
const lunr = require(path.join(root, 'tools', 'node_modules', 'lunr'))
const cjk = require(path.join(root, 'tools', 'lunr', 'lunr-cjk.js'))(lunr)

const args = process.argv.slice(2)
const site = args[0]
let queries
if (args[1] === '-q') {
  const langAt = args.indexOf('--lang')
  const lang = langAt > 0 ? args[langAt + 1] : 'en'
  queries = args.slice(2, langAt > 0 ? langAt : undefined).map(q => ({ lang, query: q }))
} else {
  queries = JSON.parse(fs.readFileSync(args[1], 'utf8')).queries
}
const gzCache = new Map()
function gz (file) {
  if (!gzCache.has(file)) gzCache.set(file, zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length)
  return gzCache.get(file)
}
// The copies pages link to: assets/f/js/<name>.<hash>.js.
function findAsset (name) {
  const dir = path.join(site, 'assets', 'f', 'js')
  const stem = name.replace(/\.js$/, '')
  const file = fs.readdirSync(dir).find(f => f.startsWith(stem + '.') && /^[0-9a-f]{10}\.js$/.test(f.slice(stem.length + 1)))
  return path.join(dir, file)
}
const scripts = ['lunr.min.js', 'lunr-cjk.js', 'search.js'].reduce((n, f) => n + gz(findAsset(f)), 0)
const perLang = {}
function lang (code) {
  if (perLang[code]) return perLang[code]
  const dir = path.join(site, code === 'en' ? '' : code, 'search')
  const light = JSON.parse(fs.readFileSync(path.join(dir, 'light.json')))
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'full.json')))
  const shards = manifest.shards.map(s => ({ first: s[0], file: path.join(dir, s[1]), source: null }))
  return (perLang[code] = { dir, light, lightSource: { index: lunr.Index.load(light.index) }, manifest, shards, base: gz(path.join(dir, 'light.json')) + gz(path.join(dir, 'full.json')) })
}
function shardOf (shards, term) {
  let at = 0
  for (let i = 0; i < shards.length; i++) if (shards[i].first <= term) at = i
  return at
}
const rows = []
for (const q of queries) {
  const l = lang(q.lang)
  const query = cjk.parseQuery(q.query)
  const wanted = new Set()
  const t = cjk.queryTerms(query)
  t.terms.forEach(x => wanted.add(shardOf(l.shards, x)))
  t.prefixes.forEach(p => { for (let i = shardOf(l.shards, p); i <= shardOf(l.shards, p + '\uffff'); i++) wanted.add(i) })
  let shardBytes = 0
  const sources = [l.lightSource]
  for (const i of wanted) {
    const s = l.shards[i]
    s.source = s.source || { index: lunr.Index.load(JSON.parse(fs.readFileSync(s.file))), docCount: l.manifest.documents }
    sources.push(s.source)
    shardBytes += gz(s.file)
  }
  // search.js shows the light index's results at once and the full results when every shard is here.
  const lightResults = cjk.rank(query, [l.lightSource])
  const results = cjk.rank(query, sources).slice(0, 8)
  let pageBytes = 0
  for (const r of results) {
    const url = l.light.docs[r.ref].url
    const file = path.join(site, decodeURIComponent(url), url.endsWith('/') ? 'index.html' : '')
    if (r.fields.body && fs.existsSync(file)) pageBytes += gz(file)
  }
  const complete = scripts + l.base + shardBytes
  rows.push({ lang: q.lang, query: q.query, first: lightResults.length > 0 ? scripts + l.base : complete, complete, shards: wanted.size, pages: pageBytes })
}
const kb = n => (n / 1024).toFixed(1)
function stats (r, key) {
  const sorted = r.slice().sort((a, b) => a[key] - b[key])
  const max = sorted[sorted.length - 1]
  return `median ${kb(sorted[Math.floor(sorted.length / 2)][key])} KB, max ${kb(max[key])} KB (${JSON.stringify(max.query)}, ${max.shards} shards)`
}
for (const code of Object.keys(perLang)) {
  const r = rows.filter(x => x.lang === code)
  console.log(`${code}: scripts ${kb(scripts)} KB + light index and manifest ${kb(perLang[code].base)} KB (${perLang[code].shards.length} shards); over ${r.length} queries:`)
  console.log(`  first results shown: ${stats(r, 'first')}`)
  console.log(`  all of the query's shards: ${stats(r, 'complete')}`)
  console.log(`  + pages fetched for passages (top 8 that matched in their body): ${stats(r, 'pages')}`)
}
if (args.includes('--rows')) rows.forEach(r => console.log(r.lang, kb(r.first), r.shards, kb(r.pages), r.query))
