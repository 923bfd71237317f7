// Shared helpers for the Node reference scripts: locate lunr in tools/node_modules and the cjk rules.
'use strict'
const path = require('path')

function repoRoot () {
  return path.resolve(__dirname, '..', '..', '..')
}

function loadLunr () {
  const lunr = require(path.join(repoRoot(), 'tools', 'node_modules', 'lunr'))
  if (lunr.version !== '2.3.9') throw new Error('expected lunr 2.3.9, found ' + lunr.version)
  const cjk = require(path.join(repoRoot(), 'tools', 'lunr', 'lunr-cjk.js'))(lunr)
  return { lunr, cjk }
}

function readStdinOrFile (file) {
  return require('fs').readFileSync(file, 'utf8')
}

module.exports = { repoRoot, loadLunr, readStdinOrFile }
