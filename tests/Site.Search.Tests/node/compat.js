// Reference side of the lunr compatibility test.
// Usage: node compat.js <corpus.json> <dir with the C#-built <name>.json indexes>
// For every index of the corpus it builds the reference index with real lunr.js 2.3.9 (cjk profile via
// tools/lunr/lunr-cjk.js), loads the C# JSON with lunr.Index.load, runs every query against both and prints
// one JSON object: { indexes: [{ name, referenceJson, candidateLoaded, queries: [{ query, lunrQuery,
// reference, candidate }] }] } where reference/candidate are { results: [{ ref, score, terms }] } or { error }.
'use strict'
const fs = require('fs')
const path = require('path')
const { loadLunr } = require('./common')
const { lunr, cjk } = loadLunr()

const [corpusFile, candidateDir] = process.argv.slice(2)
const corpus = JSON.parse(fs.readFileSync(corpusFile, 'utf8'))

function buildReference (spec) {
  return lunr(function () {
    if (spec.profile === 'cjk') this.use(cjk.plugin)
    this.ref('ref')
    for (const f of spec.fields) this.field(f.name, { boost: f.boost })
    if (spec.b !== undefined) this.b(spec.b)
    if (spec.k1 !== undefined) this.k1(spec.k1)
    this.metadataWhitelist = spec.metadataWhitelist || []
    for (const d of spec.documents) {
      const doc = Object.assign({ ref: d.ref }, d.fields)
      this.add(doc, d.boost === undefined ? undefined : { boost: d.boost })
    }
  })
}

function run (idx, query) {
  try {
    return {
      results: idx.search(query).map(r => ({
        ref: r.ref,
        score: r.score,
        terms: Object.keys(r.matchData.metadata).sort()
      }))
    }
  } catch (e) {
    return { error: (e && e.name) + ': ' + (e && e.message) }
  }
}

const out = { lunrVersion: lunr.version, indexes: [] }
for (const spec of corpus.indexes) {
  const reference = buildReference(spec)
  const referenceJson = JSON.stringify(reference)
  const candidateText = fs.readFileSync(path.join(candidateDir, spec.name + '.json'), 'utf8')
  let candidate = null
  let loadError = null
  try {
    candidate = lunr.Index.load(JSON.parse(candidateText))
  } catch (e) {
    loadError = String(e)
  }
  const queries = spec.queries.map(q => {
    const lunrQuery = spec.profile === 'cjk' ? cjk.toLunrQuery(q, { fields: reference.fields }) : q
    return {
      query: q,
      lunrQuery,
      reference: run(reference, lunrQuery),
      candidate: candidate ? run(candidate, lunrQuery) : { error: 'load failed: ' + loadError }
    }
  })
  out.indexes.push({ name: spec.name, referenceJson, candidateLoaded: candidate !== null, loadError, queries })
}
process.stdout.write(JSON.stringify(out))
