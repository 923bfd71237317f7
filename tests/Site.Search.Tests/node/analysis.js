// Batch oracle for the porting traps: lower-casing, tokenizing + index pipelines, JSON string escaping and
// number printing, computed by real lunr.js / V8.
// Usage: node analysis.js <input.json> where input = { strings: [[utf16 code units]], numbers: [double] }.
// Output: { lower, en, cjk, query, stringify, numbers } with strings as code-unit arrays (lone surrogates survive).
'use strict'
const fs = require('fs')
const { loadLunr } = require('./common')
const { lunr, cjk } = loadLunr()

const input = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))
const units = s => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i))
const strings = input.strings.map(a => String.fromCharCode.apply(null, a))

const enPipeline = new lunr.Pipeline()
enPipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer)
const cjkPipeline = new lunr.Pipeline()
cjkPipeline.add(cjk.trimmerHan, cjk.dropEmpty, lunr.stopWordFilter, lunr.stemmer)

function analyze (tokenizer, pipeline, s) {
  return pipeline.run(tokenizer(s, { fields: ['f'] })).map(t => ({
    term: units(t.toString()),
    position: t.metadata.position,
    index: t.metadata.index
  }))
}

process.stdout.write(JSON.stringify({
  lower: strings.map(s => units(s.toLowerCase())),
  en: strings.map(s => analyze(lunr.tokenizer, enPipeline, s)),
  cjk: strings.map(s => analyze(cjk.tokenizer, cjkPipeline, s)),
  // The browser's query analysis (lunrCjk.parseQuery): the index terms each unit looks up.
  query: strings.map(s => cjk.parseQuery(s).units.filter(u => !u.stop).flatMap(u => u.kind === 'word' ? [u.term] : u.kind === 'han' ? u.grams : [u.text]).map(units)),
  stringify: strings.map(s => JSON.stringify(s)),
  numbers: input.numbers.map(n => JSON.stringify(n))
}))
