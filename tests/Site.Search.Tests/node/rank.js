// Runs the site's ranking (lunrCjk.rank over a names index plus text-index shards written by the C# builder)
// and its highlighting, in real lunr.js. Usage: node rank.js <dir> <input.json>
// <dir> holds names.json, shard-<n>.json; input = { queries: [string], highlights: [{ query, text }],
// passages: [{ query, text, size }] }. Prints { queries: [[ref…]], highlights: [[marked text…]], passages: [text] }.
'use strict'
const fs = require('fs')
const path = require('path')
const { loadLunr } = require('./common')
const { lunr, cjk } = loadLunr()

const [dir, inputFile] = process.argv.slice(2)
const input = JSON.parse(fs.readFileSync(inputFile, 'utf8'))
const sources = [{ index: lunr.Index.load(JSON.parse(fs.readFileSync(path.join(dir, 'names.json'), 'utf8'))) }]
const documents = JSON.parse(fs.readFileSync(path.join(dir, 'documents.json'), 'utf8'))
for (const file of fs.readdirSync(dir).filter(f => f.startsWith('shard-')).sort()) {
  sources.push({ index: lunr.Index.load(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))), docCount: documents })
}

// The terms a query matched, as the result list gets them (every unit's terms).
function termsOf (query) {
  const terms = {}
  const chars = {}
  for (const r of cjk.rank(cjk.parseQuery(query), sources)) Object.assign(terms, r.terms)
  cjk.parseQuery(query).units.forEach(u => { if (u.kind === 'char') chars[u.text] = true })
  return { terms, chars }
}

process.stdout.write(JSON.stringify({
  queries: input.queries.map(q => cjk.rank(cjk.parseQuery(q), sources).map(r => r.ref)),
  highlights: input.highlights.map(h => {
    const t = termsOf(h.query)
    return cjk.highlightRanges(h.text, t.terms, t.chars).map(r => h.text.slice(r[0], r[1]))
  }),
  passages: input.passages.map(p => {
    const t = termsOf(p.query)
    const w = cjk.passage(p.text, cjk.highlightRanges(p.text, t.terms, t.chars), p.size)
    return w ? p.text.slice(w.start, w.end) : null
  })
}))
