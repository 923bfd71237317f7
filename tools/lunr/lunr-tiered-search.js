/*!
 * lunr-tiered-search.js: two-tier search over the files SearchIndexSet writes for one language:
 *   <lang>.light.json  lunr index of title, headings, tags, summary (small, loaded on first focus)
 *   <lang>.full.json   lunr index of the same fields plus body (fetched right after the light one)
 *   <lang>.docs.json   {"version":1,"docs":{"<url>":{"title","type","date","summary"}}} for rendering
 *
 * CONTRACT
 *   var s = lunrTieredSearch.create({ lunr: lunr, cjk: lunrCjk, lightUrl, fullUrl, docsUrl, fetch? })
 *   s.warm()            start loading (call on the search box's first focus); returns a Promise that resolves
 *                       when the light index and documents are usable; the full index keeps loading.
 *   s.search(input)     { tier: 'none'|'light'|'full', results: [{ ref, score, doc }], error? } using the best
 *                       index loaded so far. Input is rewritten with lunrCjk.toLunrQuery (Chinese bigrams,
 *                       edge punctuation, unknown "field:" prefixes), so it works for both cjk and English
 *                       indexes; query syntax errors are returned in `error`, never thrown.
 *   s.onUpgrade(fn)     fn() runs once when the full index arrives: re-run the current query then.
 *   Merging: the full index holds every light field plus body with the same boosts, so once it is loaded its
 *   results are a superset of the light ones and replace them (re-ranked with body text). Using only the full
 *   results also keeps "-term" exclusions right for terms that occur only in bodies.
 *   Render doc fields with textContent (they are contributor text). lunr and lunr-cjk.js must be loaded first.
 */
(function (root, factory) {
  if (typeof module === 'object' && module.exports) {
    module.exports = factory()
  } else {
    root.lunrTieredSearch = factory()
  }
}(this, function () {
  'use strict'

  function create (options) {
    var lunr = options.lunr
    var cjk = options.cjk
    var doFetch = options.fetch || function (url) { return fetch(url) }
    var light = null
    var full = null
    var docs = {}
    var upgradeListeners = []
    var warming = null

    function getJson (url) {
      return Promise.resolve(doFetch(url)).then(function (r) {
        if (!r.ok) throw new Error('search: ' + url + ' returned ' + r.status)
        return r.json()
      })
    }

    function warm () {
      if (warming) return warming
      warming = Promise.all([getJson(options.lightUrl), getJson(options.docsUrl)]).then(function (parts) {
        light = lunr.Index.load(parts[0])
        docs = parts[1].docs || {}
        // The full tier is fetched only after the light one is usable, so it never delays the first result.
        getJson(options.fullUrl).then(function (json) {
          full = lunr.Index.load(json)
          upgradeListeners.splice(0).forEach(function (fn) { fn() })
        }).catch(function (e) { if (typeof console !== 'undefined') console.warn(e) })
      })
      return warming
    }

    function run (idx, input) {
      var query = cjk ? cjk.toLunrQuery(input, { fields: idx.fields }) : String(input || '').trim()
      if (query === '') return []
      return idx.search(query)
    }

    function search (input) {
      var tier = full ? 'full' : light ? 'light' : 'none'
      if (tier === 'none') return { tier: tier, results: [] }
      try {
        var results = run(full || light, input)
        return {
          tier: tier,
          results: results.map(function (r) { return { ref: r.ref, score: r.score, doc: docs[r.ref] || null } })
        }
      } catch (e) {
        if (e instanceof lunr.QueryParseError) return { tier: tier, results: [], error: e.message }
        throw e
      }
    }

    return {
      warm: warm,
      search: search,
      onUpgrade: function (fn) { if (full) fn(); else upgradeListeners.push(fn) }
    }
  }

  return { create: create }
}))
