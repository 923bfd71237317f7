// Drives tools/lunr/lunr-tiered-search.js over files written by SearchIndexSet, with a fake fetch that reads
// the temp folder. Usage: node tiered.js <dir> <name> <queries.json>
// Prints { light: { fields, results per query }, full: { fields, results per query } }.
'use strict'
const fs = require('fs')
const path = require('path')
const { repoRoot, loadLunr } = require('./common')
const { lunr, cjk } = loadLunr()
const tiered = require(path.join(repoRoot(), 'tools', 'lunr', 'lunr-tiered-search.js'))

const [dir, name, queriesFile] = process.argv.slice(2)
const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'))
let releaseFull
const fullGate = new Promise(resolve => { releaseFull = resolve })
const fakeFetch = url => {
  const read = () => ({ ok: true, status: 200, json: () => Promise.resolve(JSON.parse(fs.readFileSync(path.join(dir, url), 'utf8'))) })
  return url.endsWith('.full.json') ? fullGate.then(read) : Promise.resolve(read())
}

const s = tiered.create({ lunr, cjk, lightUrl: name + '.light.json', fullUrl: name + '.full.json', docsUrl: name + '.docs.json', fetch: fakeFetch })
const runAll = () => queries.map(q => s.search(q))
const out = { before: runAll() }
s.warm().then(() => {
  out.light = runAll()
  s.onUpgrade(() => {
    out.full = runAll()
    process.stdout.write(JSON.stringify(out))
  })
  releaseFull()
})
