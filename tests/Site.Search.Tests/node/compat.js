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

// The C# shards of an index (<name>.shards/<n>.json, first terms in <name>.shards/first.json): each must load
// with lunr.Index.load, hold exactly its own range of terms, and answer a term query like the whole index.
function checkShards (name, reference) {
  const dir = path.join(candidateDir, name + '.shards')
  if (!fs.existsSync(dir)) return null
  const first = JSON.parse(fs.readFileSync(path.join(dir, 'first.json'), 'utf8'))
  const shards = []
  const problems = []
  for (let i = 0; i < first.length; i++) {
    try {
      shards.push(lunr.Index.load(JSON.parse(fs.readFileSync(path.join(dir, i + '.json'), 'utf8'))))
    } catch (e) {
      problems.push('shard ' + i + ' does not load: ' + e)
      return { count: first.length, terms: 0, problems }
    }
  }
  const terms = Object.keys(reference.invertedIndex).sort()
  const seen = new Set()
  shards.forEach((shard, i) => Object.keys(shard.invertedIndex).forEach(t => {
    seen.add(t)
    if (t < first[i] || (i + 1 < first.length && t >= first[i + 1])) problems.push(`term ${JSON.stringify(t)} is in shard ${i} outside its range`)
  }))
  const byTerm = q => idx => idx.query(b => b.term(q, { usePipeline: false })).map(r => ({ ref: r.ref, score: r.score }))
  for (const t of terms) {
    if (!seen.has(t)) { problems.push(`term ${JSON.stringify(t)} is in no shard`); continue }
    let at = 0
    for (let i = 0; i < first.length; i++) if (first[i] <= t) at = i
    const want = JSON.stringify(byTerm(t)(reference).map(r => [r.ref, r.score.toFixed(3)]).sort())
    const got = JSON.stringify(byTerm(t)(shards[at]).map(r => [r.ref, r.score.toFixed(3)]).sort())
    if (want !== got) problems.push(`term ${JSON.stringify(t)}: whole index ${want}, shard ${at} ${got}`)
  }
  return { count: first.length, terms: terms.length, problems }
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
  out.indexes.push({ name: spec.name, referenceJson, candidateLoaded: candidate !== null, loadError, queries, shards: checkShards(spec.name, reference) })
}
process.stdout.write(JSON.stringify(out))
