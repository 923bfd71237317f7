/*!
 * lunr-cjk.js: the "cjk" search profile of the site generator, browser and Node side.
 *
 * CONTRACT (must stay identical to src/Site.Search: CjkTokenizer, HanAwareTrimmer, DropEmptyFilter):
 *
 *   Normalisation  str = String(value).toLowerCase(), then full-width ASCII U+FF01..U+FF5E is folded to
 *                  U+0021..U+007E (one code unit for one, so offsets do not move).
 *   Han            U+3400..U+4DBF, U+4E00..U+9FFF, U+F900..U+FAFF (explicit BMP ranges, on purpose).
 *   Separator      lunr's /[\s\-]/ (JS \s) plus punctuation: ASCII punctuation except "_", Latin-1 and general
 *                  punctuation (U+2010-2027, U+2030-205E), CJK symbols and punctuation U+3000-303F, full-width and
 *                  half-width punctuation U+FF00-FF65 and U+FFE0-FFEF (tested after folding, so "，" is ",").
 *                  Paths such as github.com/prometheus/prometheus and lists such as kubernetes、containerd are
 *                  several words (C#: CjkSeparators).
 *   Tokens         scanning the normalised string left to right:
 *                  - a maximal Han run of length n >= 2 gives its n-1 overlapping bigrams,
 *                    metadata position [start + i, 2]; a run of length 1 gives that character;
 *                  - a maximal run of other non-separator characters gives one word token, position
 *                    [start, length] (what lunr.tokenizer would give);
 *                  - metadata index is a running token count, metadata fields is [fieldName].
 *   Index pipeline "trimmer-han" (lunr.trimmer for word tokens, identity for Han tokens), "drop-empty"
 *                  (drops tokens the trimmer emptied), "stopWordFilter", "stemmer".
 *   Search pipeline ["stemmer"]: that is the only label serialized in the index, so an index built by the C#
 *                  LunrIndexBuilder with SearchProfile.Cjk loads with stock lunr.Index.load. This file still
 *                  registers "trimmer-han" and "drop-empty" so a Node/browser builder can use them by name.
 *
 * RANKED SEARCH (what the site's search box runs; see the section of that name below):
 *     var q = lunrCjk.parseQuery(userInput)       // units: words, Han runs, single Han characters
 *     lunrCjk.queryTerms(q)                        // { terms, prefixes }: which shards to fetch
 *     lunrCjk.rank(q, [{ index }, { index, docCount }, …])  // [{ ref, score, terms, fields }]
 *     lunrCjk.highlightRanges(text, terms, chars), lunrCjk.passage(text, ranges, size)
 *
 * LUNR QUERY SYNTAX: lunr's query parser does not segment Chinese, so call
 *     idx.search(lunrCjk.toLunrQuery(userInput, { fields: idx.fields }))
 *   Each whitespace-separated chunk keeps lunr syntax (leading + / -, field:, trailing ^n and ~n, *).
 *   Its text is normalised as above and split like the tokenizer: each Han run becomes its bigrams, each
 *   carrying the chunk's presence, field and boost (fuzzy ~n is dropped for Han); a single Han character
 *   becomes "X*"; other runs are trimmed of edge punctuation (keeping *) and lunr's special characters
 *   inside them (: ^ ~ +) are escaped. Chunks containing a backslash are passed through unchanged.
 *   Examples: "容器编排" -> "容器 器编 编排"; "+云原生 -虚拟机" -> "+云原 +原生 -虚拟 -拟机";
 *   "title:服务网格^5" -> "title:服务^5 title:务网^5 title:网格^5"; "k8s集群" -> "k8s 集群";
 *   "(k8s)" -> "k8s"; "ｋｕｂｅｃｔｌ" -> "kubectl". An empty result means "no query" (do not call search).
 *
 * Usage: <script src="lunr.js"></script><script src="lunr-cjk.js"></script> defines window.lunrCjk;
 *        in Node: const lunrCjk = require('./lunr-cjk.js')(require('lunr')).
 * Depends on nothing but lunr 2.3.9.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory
  } else {
    root.lunrCjk = factory(root.lunr)
  }
}(this, function (lunr) {
  'use strict'

  if (lunr && lunr.__cjk) return lunr.__cjk

  function isWhitespace (c) {
    // JS \s, one code unit at a time.
    return (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
      c === 0x205f || c === 0x3000 || c === 0xfeff
  }

  function isSeparator (c) {
    // Mirrors CjkSeparators.IsSeparator (C#): lunr's /[\s\-]/, ASCII punctuation except "_",
    // Latin-1 and general punctuation, CJK symbols and punctuation, full-width/half-width punctuation.
    if (c < 128) return c !== 95 && (c <= 32 ? isWhitespace(c) : !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)))
    if (c === 0xa1 || c === 0xa7 || c === 0xab || c === 0xb6 || c === 0xb7 || c === 0xbb || c === 0xbf) return true
    if ((c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e)) return true
    if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff65) || (c >= 0xffe0 && c <= 0xffef)) return true
    return isWhitespace(c)
  }

  function isHan (c) {
    return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)
  }

  /**
   * Calls onRun(start, end, han) for each run of `str` between separators: a run of Han characters
   * (han = true) or a run of anything else. The index tokenizer, both query readers and the result
   * highlighter cut text the same way through this one scanner, so a query meets the terms the index holds.
   */
  function eachRun (str, isSep, onRun) {
    var i = 0
    while (i < str.length) {
      var c = str.charCodeAt(i)
      if (isSep(c)) { i++; continue }
      var start = i
      var han = isHan(c)
      while (i < str.length && isHan(str.charCodeAt(i)) === han && !isSep(str.charCodeAt(i))) i++
      onRun(start, i, han)
    }
  }

  function normalize (value) {
    var lower = String(value).toLowerCase()
    var out = ''
    var from = 0
    for (var i = 0; i < lower.length; i++) {
      var c = lower.charCodeAt(i)
      if (c >= 0xff01 && c <= 0xff5e) {
        out += lower.slice(from, i) + String.fromCharCode(c - 0xfee0)
        from = i + 1
      }
    }
    return from === 0 ? lower : out + lower.slice(from)
  }

  function cloneMetadata (metadata) {
    return metadata ? lunr.utils.clone(metadata) : {}
  }

  function tokenizeString (str, metadata, tokens) {
    function push (start, length) {
      var m = cloneMetadata(metadata)
      m.position = [start, length]
      m.index = tokens.length
      tokens.push(new lunr.Token(str.slice(start, start + length), m))
    }
    eachRun(str, isSeparator, function (start, end, han) {
      if (!han) {
        push(start, end - start)
      } else if (end - start === 1) {
        push(start, 1)
      } else {
        for (var k = start; k < end - 1; k++) push(k, 2)
      }
    })
    return tokens
  }

  /** Drop-in replacement for lunr.tokenizer (builder.tokenizer = lunrCjk.tokenizer). */
  function tokenizer (obj, metadata) {
    if (obj === null || obj === undefined) return []
    if (Array.isArray(obj)) {
      // Array elements are tokenized one by one; positions are relative to each element.
      var all = []
      obj.forEach(function (el) { tokenizeString(normalize(lunr.utils.asString(el)), metadata, all) })
      return all
    }
    return tokenizeString(normalize(obj.toString()), metadata, [])
  }

  function trimmerHan (token) {
    var s = token.toString()
    if (s.length > 0 && isHan(s.charCodeAt(0))) return token
    return lunr.trimmer(token)
  }

  function dropEmpty (token) {
    return token.toString() === '' ? undefined : token
  }

  lunr.Pipeline.registerFunction(trimmerHan, 'trimmer-han')
  lunr.Pipeline.registerFunction(dropEmpty, 'drop-empty')

  /** Configures a lunr.Builder for the cjk profile (use as `this.use(lunrCjk.plugin)` inside lunr(fn)). */
  function plugin (builder) {
    builder.tokenizer = tokenizer
    builder.pipeline.reset()
    builder.pipeline.add(trimmerHan, dropEmpty, lunr.stopWordFilter, lunr.stemmer)
    builder.searchPipeline.reset()
    builder.searchPipeline.add(lunr.stemmer)
  }

  function isWordChar (c) {
    // JS \w plus the lunr wildcard, which must survive trimming.
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 42
  }

  function trimWord (s) {
    var start = 0
    var end = s.length
    while (start < end && !isWordChar(s.charCodeAt(start))) start++
    while (end > start && !isWordChar(s.charCodeAt(end - 1))) end--
    s = s.slice(start, end)
    return /^\**$/.test(s) ? '' : s.replace(/[:^~+]/g, '\\$&')
  }

  function isQuerySeparator (c) {
    return c !== 42 && isSeparator(c) // "*" is lunr's wildcard in a query
  }

  var chunkPattern = /^([+-]?)(?:([A-Za-z_][A-Za-z0-9_]*):)?([\s\S]*?)((?:[~^][0-9]+)*)$/

  function rewriteChunk (chunk, fields, out) {
    if (chunk.indexOf('\\') >= 0) { out.push(chunk); return }
    var m = chunkPattern.exec(chunk)
    var presence = m[1]
    var field = m[2]
    var body = m[3]
    var modifiers = m[4]
    if (field !== undefined && fields && fields.indexOf(field) < 0) {
      body = field + ' ' + body // not a field of this index: search the text instead
      field = undefined
    }
    var prefix = presence + (field !== undefined ? field + ':' : '')
    var boost = (modifiers.match(/\^[0-9]+/) || [''])[0]
    var str = normalize(body)
    eachRun(str, isQuerySeparator, function (start, end, han) {
      if (!han) {
        var word = trimWord(str.slice(start, end))
        if (word !== '') out.push(prefix + word + modifiers)
      } else if (end - start === 1) {
        out.push(prefix + str.charAt(start) + '*' + boost)
      } else {
        for (var k = start; k < end - 1; k++) out.push(prefix + str.slice(k, k + 2) + boost)
      }
    })
  }

  /** Rewrites user input into a lunr query string matching the cjk index rules (see header). */
  function toLunrQuery (input, options) {
    var fields = options && options.fields
    var out = []
    String(input === null || input === undefined ? '' : input).split(/\s+/).forEach(function (chunk) {
      if (chunk !== '') rewriteChunk(chunk, fields, out)
    })
    return out.join(' ')
  }


  // ---------------------------------------------------------------------------------------------
  // RANKED SEARCH (what the site's search box runs; lunr's own query language is not used there).
  //
  // The indexes are ordinary lunr indexes (loaded with lunr.Index.load); their field vectors hold BM25
  // scores computed at build time. A query is split exactly like the indexed text (tokenizer above) into
  // units: a word (trimmed, stemmed), a Han run of two or more characters (its bigrams) or a single Han
  // character. A document's score is the sum over units of the unit's best term score, where
  //   - the exact term counts fully;
  //   - only the word being typed (the last one, no separator after it) is also a prefix: its completions
  //     count PREFIX times their score, with their rarity replaced by the rarity of all completions
  //     together, so a rare completion (a repository name, a domain) cannot outrank the word itself;
  //   - when results are few, words of FUZZY_MIN_LENGTH letters or more also match terms one edit away
  //     (insertion, deletion, substitution, transposition: lunr's TokenSet), at FUZZY times their score;
  //   - a Han run needs all its bigrams; if no document has them all, bigrams that occur nowhere (the join
  //     of two words typed in another order) are dropped, and then the run matches documents holding at
  //     least half of them, ranked by the share they hold.
  // Every unit is required when some document matches them all (stop words are optional); otherwise
  // documents matching the most units come first (score times the squared share of units matched).
  // Several indexes (the light tier and the loaded shards of the full tier) add up per document.
  // ---------------------------------------------------------------------------------------------

  var PREFIX = 0.5
  var FUZZY = 0.3
  var TOGETHER = 1
  var FEW_RESULTS = 3
  var FUZZY_MIN_LENGTH = 5
  var hasOwn = Object.prototype.hasOwnProperty

  function stem (word) { return lunr.stemmer(new lunr.Token(word)).toString() }
  function isStopWord (word) { return !lunr.stopWordFilter(new lunr.Token(word)) }

  function bigrams (run) {
    var out = []
    for (var k = 0; k + 2 <= run.length; k++) out.push(run.slice(k, k + 2))
    return out
  }

  // A reader's question words are not what the pages say ("什么是服务网格" asks about 服务网格): they are
  // removed from a Han run wherever they stand, and particles at its ends ("的", "是"…), the way English
  // stop words are optional. Only in queries; a run made of nothing else is kept as typed.
  var QUESTION_WORDS = /什么是|是什么|为什么|为何|怎么样|怎样|怎么|如何|哪些|哪个|哪里|是否|有没有|什么/g
  var EDGE_PARTICLES = /^[的了是吗呢吧啊和与及在有]+|[的了是吗呢吧啊和与及在有]+$/g

  function hanParts (run) {
    var parts = run.split(QUESTION_WORDS).map(function (part) {
      var bare = part.replace(EDGE_PARTICLES, '')
      return bare.length >= 2 ? bare : part // "和平" stays a word
    }).filter(Boolean)
    return parts.length > 0 ? parts : [run]
  }

  /** Splits user input into search units (see above). A leading "-" on a chunk excludes its words. */
  function parseQuery (input) {
    var text = String(input === null || input === undefined ? '' : input)
    var typing = text.length > 0 && !isSeparator(text.charCodeAt(text.length - 1))
    var units = []
    var seen = Object.create(null)
    function add (unit) { // a word typed twice counts once
      var key = unit.kind + ':' + (unit.term || unit.text) + ':' + !!unit.exclude
      if (!seen[key]) {
        seen[key] = true
        units.push(unit)
      }
    }
    text.split(/\s+/).forEach(function (chunk) {
      if (chunk === '') return
      var exclude = chunk.length > 1 && chunk.charAt(0) === '-'
      var str = normalize(exclude ? chunk.slice(1) : chunk)
      eachRun(str, isSeparator, function (start, end, han) {
        if (han) {
          hanParts(str.slice(start, end)).forEach(function (run) {
            add(run.length === 1 ? { kind: 'char', text: run, exclude: exclude } : { kind: 'han', text: run, grams: bigrams(run), exclude: exclude })
          })
        } else {
          var word = lunr.trimmer(new lunr.Token(str.slice(start, end))).toString()
          if (word !== '') add({ kind: 'word', text: word, term: stem(word), stop: isStopWord(word), exclude: exclude })
        }
      })
    })
    var last = units[units.length - 1]
    if (last && typing && last.kind === 'word' && !last.exclude && last.text.length >= 2) last.prefix = true
    return { units: units }
  }

  /** The index terms a query looks up, and the prefixes it completes (to pick the shards to fetch). */
  function queryTerms (query) {
    var terms = []
    var prefixes = []
    query.units.forEach(function (u) {
      if (u.kind === 'word') {
        terms.push(u.term)
        if (u.prefix) { prefixes.push(u.text); if (u.term !== u.text) prefixes.push(u.term) }
      } else if (u.kind === 'han') {
        u.grams.forEach(function (g) { terms.push(g) })
      } else {
        prefixes.push(u.text)
      }
    })
    return { terms: terms, prefixes: prefixes }
  }

  function vectorValue (elements, termIndex) {
    var lo = 0
    var hi = elements.length / 2 - 1
    while (lo <= hi) {
      var mid = (lo + hi) >> 1
      var at = elements[mid * 2]
      if (at === termIndex) return elements[mid * 2 + 1]
      if (at < termIndex) lo = mid + 1; else hi = mid - 1
    }
    return 0
  }

  function idf (docCount, df) {
    return Math.log(1 + Math.abs((docCount - df + 0.5) / (df + 0.5)))
  }

  /** Per-document score of one term in one source (summed over its fields), memoized on the source. */
  function termPostings (source, term) {
    var cache = source.cache || (source.cache = Object.create(null))
    if (term in cache) return cache[term]
    var idx = source.index
    var out = null
    if (hasOwn.call(idx.invertedIndex, term)) {
      var posting = idx.invertedIndex[term]
      out = { df: 0, docs: Object.create(null) }
      idx.fields.forEach(function (field) {
        var docs = posting[field]
        if (!docs) return
        for (var ref in docs) {
          var vector = idx.fieldVectors[field + '/' + ref]
          var value = vector ? vectorValue(vector.elements, posting._index) : 0
          if (!(value > 0)) continue
          out.df++
          var entry = out.docs[ref] || (out.docs[ref] = { score: 0, fields: Object.create(null) })
          entry.score += value
          entry.fields[field] = value
        }
      })
      out.idf = idf(sourceDocCount(source), out.df)
    }
    cache[term] = out
    return out
  }

  function sourceDocCount (source) {
    if (!source.docCount) {
      var idx = source.index
      source.docCount = Math.max(1, Math.round(Object.keys(idx.fieldVectors).length / Math.max(1, idx.fields.length)))
    }
    return source.docCount
  }

  var SUFFIXES = ['able', 'ability', 'ibility', 'ible', 'ation', 'ational', 'ator', 'ize', 'ization', 'ise', 'isation',
    'ing', 'ed', 'er', 'es', 'ly', 'al', 'ally', 'ity', 'ities', 'ic', 'ical', 'ness', 'ment', 'ful', 'ous', 'ive', 'ence',
    'ance', 'ent', 'ant', 'ism', 'ist', 'ies', 'y']

  function startsSuffix (rest) {
    for (var i = 0; i < SUFFIXES.length; i++) if (SUFFIXES[i].lastIndexOf(rest, 0) === 0) return true
    return false
  }

  function completions (idx, prefix) {
    return idx.tokenSet.intersect(lunr.TokenSet.fromString(prefix + '*')).toArray()
  }

  function fuzzyTerms (idx, word) {
    return idx.tokenSet.intersect(lunr.TokenSet.fromFuzzyString(word, 1)).toArray()
  }

  // Han bigrams by their second character, so a single character also finds the words it ends.
  function endingWith (idx, c) {
    if (!idx.__endings) {
      var map = Object.create(null)
      Object.keys(idx.invertedIndex).forEach(function (t) {
        if (t.length === 2 && isHan(t.charCodeAt(1))) (map[t.charAt(1)] = map[t.charAt(1)] || []).push(t)
      })
      idx.__endings = map
    }
    return idx.__endings[c] || []
  }

  // Candidate terms of a unit in one source: term -> { weight, group } (group: rarity is shared).
  function candidates (unit, idx, fuzzy) {
    var out = Object.create(null)
    function put (term, weight, group) {
      if (!out[term] || out[term].weight < weight) out[term] = { weight: weight, group: group }
    }
    if (unit.kind === 'char') {
      completions(idx, unit.text).concat(endingWith(idx, unit.text)).forEach(function (t) { put(t, 1, true) })
      return out
    }
    var word = unit.text
    if (fuzzy) {
      // Of the terms one edit away from the typed word or its stem, those about as long as what was typed
      // are the likely intended words ("linkred" means "linkerd" more than "link").
      fuzzyTerms(idx, unit.term).concat(unit.term === word ? [] : fuzzyTerms(idx, word)).forEach(function (t) {
        var similarity = Math.min(t.length, word.length) / Math.max(t.length, word.length)
        put(t, FUZZY * similarity * similarity, false)
      })
    }
    if (unit.prefix) {
      completions(idx, word).concat(unit.term === word ? [] : completions(idx, unit.term)).forEach(function (t) { put(t, PREFIX, true) })
      // A stored stem shorter than what is typed, when the rest starts a suffix the stemmer strips
      // ("observ" while typing "observab"), not any shorter word ("link" for "linkred").
      for (var n = Math.max(3, word.length - 5); n < word.length; n++) {
        if (hasOwn.call(idx.invertedIndex, word.slice(0, n)) && startsSuffix(word.slice(n))) put(word.slice(0, n), PREFIX, true)
      }
    }
    if (hasOwn.call(idx.invertedIndex, unit.term)) put(unit.term, 1, false)
    return out
  }

  function newDoc () {
    return { score: 0, terms: Object.create(null), fields: Object.create(null) }
  }

  // ref -> { score, terms, fields: {field: score} } for a word or single-character unit: the best term counts.
  function scoreWord (unit, sources, fuzzy) {
    var perTerm = Object.create(null) // term -> ref -> { score, fields }
    sources.forEach(function (source) {
      var cands = candidates(unit, source.index, fuzzy)
      var groupDf = 0
      var terms = Object.keys(cands)
      terms.forEach(function (t) { if (cands[t].group) groupDf += termPostings(source, t).df })
      var groupIdf = idf(sourceDocCount(source), Math.min(groupDf, sourceDocCount(source)))
      terms.forEach(function (t) {
        var p = termPostings(source, t)
        var c = cands[t]
        var factor = c.weight * (c.group && p.idf > 0 ? Math.min(1, groupIdf / p.idf) : 1)
        var byRef = perTerm[t] || (perTerm[t] = Object.create(null))
        for (var ref in p.docs) {
          var e = byRef[ref] || (byRef[ref] = { score: 0, fields: Object.create(null) })
          e.score += p.docs[ref].score * factor
          for (var f in p.docs[ref].fields) e.fields[f] = p.docs[ref].fields[f] * factor
        }
      })
    })
    var docs = Object.create(null)
    for (var t in perTerm) {
      for (var ref in perTerm[t]) {
        var e = perTerm[t][ref]
        var d = docs[ref] || (docs[ref] = newDoc())
        d.terms[t] = true
        if (e.score > d.score) {
          d.score = e.score
          d.fields = e.fields
        }
      }
    }
    return docs
  }

  // A Han run: its bigrams, each weighed per field; a field holding only some of them counts by the
  // squared share it holds, so "存储" in a title does not outrank "键值存储" in a summary.
  function scoreHan (unit, sources) {
    var grams = unit.grams.map(function (g) {
      var byRef = Object.create(null)
      var found = false
      sources.forEach(function (source) {
        var p = termPostings(source, g)
        if (!p) return
        found = true
        for (var ref in p.docs) {
          var fields = byRef[ref] || (byRef[ref] = Object.create(null))
          for (var f in p.docs[ref].fields) fields[f] = (fields[f] || 0) + p.docs[ref].fields[f]
        }
      })
      return { gram: g, docs: byRef, found: found }
    })
    function collect (active, minimum) {
      var count = Object.create(null)
      var perField = Object.create(null) // ref -> field -> { sum, n }
      var docs = Object.create(null)
      active.forEach(function (g) {
        for (var ref in g.docs) {
          count[ref] = (count[ref] || 0) + 1
          var d = docs[ref] || (docs[ref] = newDoc())
          d.terms[g.gram] = true
          var pf = perField[ref] || (perField[ref] = Object.create(null))
          for (var f in g.docs[ref]) {
            var e = pf[f] || (pf[f] = { sum: 0, n: 0 })
            e.sum += g.docs[ref][f]
            e.n++
          }
        }
      })
      var any = false
      for (var ref in docs) {
        if (count[ref] < minimum) { delete docs[ref]; continue }
        any = true
        var d = docs[ref]
        for (var f in perField[ref]) {
          var e = perField[ref][f]
          var share = e.n / active.length
          d.fields[f] = e.sum / active.length * share * share
          d.score += d.fields[f]
        }
        d.score *= Math.pow(count[ref] / active.length, 2)
      }
      return any ? docs : null
    }
    var active = grams.filter(function (g) { return g.found })
    var strict = collect(grams, grams.length) // every bigram, in the order typed
    var count = strict ? Object.keys(strict).length : 0
    if (count >= FEW_RESULTS || active.length === 0) return strict || Object.create(null)
    // Few or no pages have the whole run: pages with the words typed in another order, then pages with at
    // least half of its bigrams, each below every page of the previous step.
    var docs = strict || Object.create(null)
    var floor = Infinity
    for (var ref in docs) floor = Math.min(floor, docs[ref].score)
    ;[collect(active, active.length), collect(active, Math.max(1, Math.ceil(active.length / 2)))].forEach(function (more) {
      if (!more) return
      var top = 0
      for (var r in more) if (!docs[r]) top = Math.max(top, more[r].score)
      var scale = floor < Infinity && top >= floor ? floor * 0.9 / top : 1
      var next = floor
      for (var r2 in more) {
        if (docs[r2]) continue
        var d = more[r2]
        d.score *= scale
        for (var f in d.fields) d.fields[f] *= scale
        docs[r2] = d
        next = Math.min(next, d.score)
      }
      floor = next
    })
    return docs
  }

  function scoreUnit (unit, sources, fuzzy) {
    return unit.kind === 'han' ? scoreHan(unit, sources) : scoreWord(unit, sources, fuzzy)
  }

  function combine (units, scored) {
    var required = []
    var optional = []
    var excluded = []
    units.forEach(function (u, i) { (u.exclude ? excluded : u.stop && !u.prefix ? optional : required).push(i) })
    if (required.length === 0) { required = optional; optional = [] }
    if (required.length === 0) return []
    var candidatesByRef = Object.create(null)
    required.forEach(function (i) { for (var ref in scored[i]) candidatesByRef[ref] = true })
    excluded.forEach(function (i) { for (var ref in scored[i]) delete candidatesByRef[ref] })
    var all = []
    var partial = []
    Object.keys(candidatesByRef).forEach(function (ref) {
      var r = { ref: ref, score: 0, matched: 0, terms: Object.create(null), fields: Object.create(null) }
      required.concat(optional).forEach(function (i, k) {
        var d = scored[i][ref]
        if (!d) return
        if (k < required.length) r.matched++
        // Saturating: one word matched very strongly (a one-word title) cannot make up for another
        // matched weakly; with a single word the order is unchanged.
        r.score += Math.sqrt(d.score)
        for (var t in d.terms) r.terms[t] = true
        for (var f in d.fields) r.fields[f] = true
      })
      if (r.matched === required.length) {
        // Words found together in one field (a title, a summary) count twice there.
        if (required.length > 1) {
          for (var f in r.fields) {
            var together = 0
            for (var k = 0; k < required.length && together >= 0; k++) {
              var d = scored[required[k]][ref].fields[f]
              together = d > 0 ? together + d : -1
            }
            if (together > 0) r.score += Math.sqrt(together) * TOGETHER
          }
        }
        all.push(r)
      } else {
        r.score *= Math.pow(r.matched / required.length, 2)
        partial.push(r)
      }
    })
    var byScore = function (a, b) { return b.score - a.score }
    all.sort(byScore)
    partial.sort(byScore)
    // Every unit required when that gives results; a few AND results are followed by the best partial ones.
    return all.length >= FEW_RESULTS ? all : all.concat(partial)
  }

  /**
   * Ranks documents for a parsed query over sources [{ index: lunr.Index, docCount? }]. Returns
   * [{ ref, score, matched, terms: {term: true}, fields: {field: true} }], best first, and whether the
   * typo retry was used (results.fuzzy).
   */
  function rank (query, sources) {
    var units = query.units
    if (units.length === 0 || sources.length === 0) return []
    var scored = units.map(function (u) { return scoreUnit(u, sources, false) })
    var results = combine(units, scored)
    var fuzzyUnits = units.filter(function (u) { return u.kind === 'word' && !u.exclude && u.text.length >= FUZZY_MIN_LENGTH })
    var unknown = fuzzyUnits.filter(function (u) {
      return !sources.some(function (source) { return hasOwn.call(source.index.invertedIndex, u.term) })
    })
    if (results.length < FEW_RESULTS ? fuzzyUnits.length > 0 : unknown.length > 0) {
      // Few results: every long word may be misspelt; otherwise only the long words no page contains.
      if (results.length >= FEW_RESULTS) fuzzyUnits = unknown
      scored = units.map(function (u, i) { return fuzzyUnits.indexOf(u) >= 0 ? scoreUnit(u, sources, true) : scored[i] })
      results = combine(units, scored)
      results.fuzzy = true
    }
    return results
  }

  // ---------- Highlighting and passages ----------

  /**
   * [start, end) ranges of `text` to mark for a result whose matched index terms are `terms` ({term: true}).
   * A word is marked whole when its own term (tokenized and stemmed like the index) is one of them, so "c"
   * (from "C++") never marks "collects"; Han text is marked where a matched bigram (or a typed single
   * character, in `chars`) stands.
   */
  function highlightRanges (text, terms, chars) {
    var str = normalize(text)
    if (str.length !== String(text).length) return [] // a few characters (e.g. "İ") change length when lower-cased
    var found = []
    eachRun(str, isSeparator, function (start, end, han) {
      if (han) {
        for (var k = start; k < end; k++) {
          if (k + 2 <= end && terms[str.slice(k, k + 2)]) found.push([k, k + 2])
          else if (chars && chars[str.charAt(k)]) found.push([k, k + 1])
        }
        if (end - start === 1 && terms[str.charAt(start)]) found.push([start, end])
      } else {
        var raw = str.slice(start, end)
        var word = lunr.trimmer(new lunr.Token(raw)).toString()
        if (word !== '' && terms[stem(word)]) {
          var lead = raw.indexOf(word)
          found.push([start + lead, start + lead + word.length])
        }
      }
    })
    found.sort(function (a, b) { return a[0] - b[0] })
    var merged = []
    found.forEach(function (r) {
      var prev = merged[merged.length - 1]
      if (prev && r[0] <= prev[1]) prev[1] = Math.max(prev[1], r[1])
      else merged.push([r[0], r[1]])
    })
    return merged
  }

  /**
   * The [start, end) window of about `size` code units of `text` holding the most distinct highlighted
   * words (ties: the earliest), widened to whole words; null when nothing is highlighted.
   */
  function passage (text, ranges, size) {
    if (ranges.length === 0) return null
    var best = 0
    var bestCount = -1
    for (var a = 0; a < ranges.length; a++) {
      var seen = Object.create(null)
      var count = 0
      for (var b = a; b < ranges.length && ranges[b][1] - ranges[a][0] <= size; b++) {
        var w = text.slice(ranges[b][0], ranges[b][1]).toLowerCase()
        if (!seen[w]) { seen[w] = true; count++ }
      }
      if (count > bestCount) { bestCount = count; best = a }
    }
    var start = Math.max(0, ranges[best][0] - Math.floor(size / 4))
    var end = Math.min(text.length, start + size)
    start = Math.max(0, end - size)
    // Whole words at both ends (Han text has no spaces and is cut anywhere).
    if (start > 0) {
      var space = text.slice(start, Math.min(text.length, start + 20)).search(/\s/)
      if (space >= 0 && !isHan(text.charCodeAt(start))) start += space + 1
    }
    if (end < text.length && !isHan(text.charCodeAt(end - 1))) {
      var cut = text.slice(Math.max(start, end - 20), end).search(/\s\S*$/)
      if (cut >= 0) end = Math.max(start, end - 20) + cut
    }
    return { start: start, end: end }
  }

  var api = {
    tokenizer: tokenizer,
    trimmerHan: trimmerHan,
    dropEmpty: dropEmpty,
    plugin: plugin,
    normalize: normalize,
    isHan: isHan,
    isSeparator: isSeparator,
    toLunrQuery: toLunrQuery,
    parseQuery: parseQuery,
    queryTerms: queryTerms,
    rank: rank,
    highlightRanges: highlightRanges,
    passage: passage
  }
  lunr.__cjk = api
  return api
}))
