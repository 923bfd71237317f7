/*!
 * lunr-cjk.js: the "cjk" search profile of the site generator, browser and Node side.
 *
 * CONTRACT (must stay identical to src/Site.Search: CjkTokenizer, HanAwareTrimmer, DropEmptyFilter):
 *
 *   Normalisation  str = String(value).toLowerCase(), then full-width ASCII U+FF01..U+FF5E is folded to
 *                  U+0021..U+007E (one code unit for one, so offsets do not move).
 *   Han            U+3400..U+4DBF, U+4E00..U+9FFF, U+F900..U+FAFF (explicit BMP ranges, on purpose).
 *   Separator      exactly lunr's /[\s\-]/ (JS \s).
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
 * QUERIES: lunr's query parser does not segment Chinese, so call
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

  function isSeparator (c) {
    // lunr.tokenizer.separator /[\s\-]+/ tested one code unit at a time.
    return c === 45 || (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 ||
      (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
      c === 0x205f || c === 0x3000 || c === 0xfeff
  }

  function isHan (c) {
    return (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)
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
    var i = 0
    function push (start, length) {
      var m = cloneMetadata(metadata)
      m.position = [start, length]
      m.index = tokens.length
      tokens.push(new lunr.Token(str.slice(start, start + length), m))
    }
    while (i < str.length) {
      var c = str.charCodeAt(i)
      if (isSeparator(c)) { i++; continue }
      var start = i
      if (isHan(c)) {
        while (i < str.length && isHan(str.charCodeAt(i))) i++
        if (i - start === 1) {
          push(start, 1)
        } else {
          for (var k = start; k < i - 1; k++) push(k, 2)
        }
      } else {
        while (i < str.length && !isHan(str.charCodeAt(i)) && !isSeparator(str.charCodeAt(i))) i++
        push(start, i - start)
      }
    }
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
    var i = 0
    while (i < str.length) {
      var c = str.charCodeAt(i)
      if (isSeparator(c)) { i++; continue }
      var start = i
      if (isHan(c)) {
        while (i < str.length && isHan(str.charCodeAt(i))) i++
        if (i - start === 1) {
          out.push(prefix + str.charAt(start) + '*' + boost)
        } else {
          for (var k = start; k < i - 1; k++) out.push(prefix + str.slice(k, k + 2) + boost)
        }
      } else {
        while (i < str.length && !isHan(str.charCodeAt(i)) && !isSeparator(str.charCodeAt(i))) i++
        var word = trimWord(str.slice(start, i))
        if (word !== '') out.push(prefix + word + modifiers)
      }
    }
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

  var api = {
    tokenizer: tokenizer,
    trimmerHan: trimmerHan,
    dropEmpty: dropEmpty,
    plugin: plugin,
    normalize: normalize,
    isHan: isHan,
    isSeparator: isSeparator,
    toLunrQuery: toLunrQuery
  }
  lunr.__cjk = api
  return api
}))
