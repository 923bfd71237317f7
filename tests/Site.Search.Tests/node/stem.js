// Stems every line of a word file with lunr.js 2.3.9's stemmer in one batch.
// Usage: node stem.js <words.txt>  ->  prints a JSON array of stems, one per input line (empty lines skipped).
'use strict'
const fs = require('fs')
const { loadLunr } = require('./common')
const { lunr } = loadLunr()

const words = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(w => w !== '')
process.stdout.write(JSON.stringify(words.map(w => lunr.stemmer(new lunr.Token(w)).toString())))
