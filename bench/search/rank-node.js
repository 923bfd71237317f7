// Runs the site's ranking (tools/lunr/lunr-cjk.js) in Node over a built site's search files, every
// shard loaded, for quick iteration on relevance: node bench/search/rank-node.js <site> <queries.json> [--all]
'use strict'
const fs = require('fs')
const path = require('path')
const root = path.resolve(__dirname, '..', '..')
const lunr = require(path.join(root, 'tools', 'node_modules', 'lunr'))
const cjk = require(path.join(root, 'tools', 'lunr', 'lunr-cjk.js'))(lunr)

const [site, queriesFile, flag] = process.argv.slice(2)
const queries = JSON.parse(fs.readFileSync(queriesFile, "utf8")).queries
const langs = {}
function load (lang) {
  if (langs[lang]) return langs[lang]
  const dir = path.join(site, lang === 'en' ? '' : lang, 'search')
  const light = JSON.parse(fs.readFileSync(path.join(dir, 'light.json')))
  const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'full.json')))
  const sources = [{ index: lunr.Index.load(light.index) }]
  for (const [, file] of manifest.shards) sources.push({ index: lunr.Index.load(JSON.parse(fs.readFileSync(path.join(dir, file)))), docCount: manifest.documents })
  return (langs[lang] = { docs: light.docs, sources })
}
const tally = {}
for (const q of queries) {
  const l = load(q.lang)
  const results = cjk.rank(cjk.parseQuery(q.query), l.sources).map(r => l.docs[r.ref].url)
  const at = results.findIndex(u => q.expect.includes(u))
  const t = tally[q.lang] || (tally[q.lang] = { n: 0, top1: 0, top3: 0, top10: 0 })
  t.n++; if (at === 0) t.top1++; if (at >= 0 && at < 3) t.top3++; if (at >= 0 && at < 10) t.top10++
  if (flag === '--all' || at !== 0) console.log(`${q.lang} ${at === -1 ? 'MISS' : '#' + (at + 1)} ${JSON.stringify(q.query)} -> ${results.slice(0, 4).join(' ')}  (want ${q.expect[0]})`)
}
for (const [lang, t] of Object.entries(tally)) console.log(`${lang}: top1 ${t.top1}/${t.n} top3 ${t.top3}/${t.n} top10 ${t.top10}/${t.n}`)
