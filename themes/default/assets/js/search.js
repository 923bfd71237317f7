// Site search: the header box (a combobox with a result popup) and the search page (/search/?q=).
// lunr.js and the index files are served by the site itself. When a search box first gets focus,
// the light index (titles, headings, tags, plus the docs to render results) and the manifest of the
// full tier are fetched; each query then fetches only the full-tier shards holding its own terms
// (summary and body, cut by term range) and, for a result shown that matched in its body, its own
// page, to cut a passage from the text a reader sees there. Ranking is lunrCjk.rank
// (tools/lunr/lunr-cjk.js): scores of the light index and of the shards add up per page, so a shard
// arriving refines the list without reordering the results whose scores did not change.
// Every string from the index is inserted with textContent / text nodes, never innerHTML.
(function () {
  "use strict";

  var POPUP_LIMIT = 8;
  var PAGE_LIMIT = 100;
  var DEBOUNCE_MS = 120;
  var POPUP_SNIPPET = 140;
  var PAGE_SNIPPET = 260;

  var config = readConfig();
  if (!config) {
    return;
  }
  var strings = config.strings || {};
  var kinds = config.kinds || {};

  // ---------- Loading ----------

  var state = {
    light: null, // { index, docs, source }
    manifest: null, // { documents, shards: [[firstTerm, url]] }
    shards: [], // per shard: { promise, source, failed }
    texts: Object.create(null), // ref -> Promise<string|null>: the body text of the result's page
    failed: false,
    lightPromise: null,
    listeners: [],
    lastOrder: { query: null, rank: Object.create(null) },
  };

  function readConfig() {
    var el = document.getElementById("search-config");
    if (!el) {
      return null;
    }
    try {
      return JSON.parse(el.textContent || "{}");
    } catch (e) {
      return null;
    }
  }

  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src;
      s.async = true;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error("cannot load " + src)); };
      document.head.appendChild(s);
    });
  }

  var lunrPromise = null;
  function ensureLunr() {
    if (!lunrPromise) {
      lunrPromise = (window.lunr ? Promise.resolve() : loadScript(config.lunr)).then(function () {
        // The tokenizer rules and the ranking live in lunr-cjk.js (shared with the C# index builder's tests).
        return window.lunrCjk ? undefined : loadScript(config.lunr_cjk);
      });
    }
    return lunrPromise;
  }

  function getJson(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) {
        throw new Error(url + ": HTTP " + r.status);
      }
      return r.json();
    });
  }

  function toStore(data) {
    // Either {index, docs} or a bare serialized lunr index (refs are then used as URLs).
    var serialized = data && data.index ? data.index : data;
    var docs = {};
    var source = data && data.docs ? data.docs : null;
    if (Array.isArray(source)) {
      source.forEach(function (d) { if (d && d.ref != null) { docs[String(d.ref)] = d; } });
    } else if (source) {
      docs = source;
    }
    var index = window.lunr.Index.load(serialized);
    return { index: index, docs: docs, source: { index: index } };
  }

  function notify() {
    state.listeners.forEach(function (fn) { fn(); });
  }

  // Starts loading (idempotent). Resolves when the light index is ready (or failed).
  function load() {
    if (state.lightPromise) {
      return state.lightPromise;
    }
    if (!config.lunr || !config.lunr_cjk || !config.light_index) {
      state.failed = true;
      state.lightPromise = Promise.resolve();
      notify();
      return state.lightPromise;
    }
    var manifest = config.full_index
      ? ensureLunr().then(function () { return getJson(config.full_index); }).catch(function () { return null; })
      : Promise.resolve(null);
    state.lightPromise = ensureLunr()
      .then(function () { return Promise.all([getJson(config.light_index), manifest]); })
      .then(function (parts) {
        state.light = toStore(parts[0]);
        var m = parts[1];
        if (m && m.version === 2 && Array.isArray(m.shards)) {
          var base = new URL(config.full_index, window.location.href);
          state.manifest = {
            documents: m.documents,
            shards: m.shards.map(function (s) { return [String(s[0]), new URL(s[1], base).href]; }),
          };
        }
        notify();
      })
      .catch(function () {
        state.failed = true;
        notify();
      });
    return state.lightPromise;
  }

  // The shard holding `term`: the last one whose first term is not after it.
  function shardOf(term) {
    var shards = state.manifest.shards;
    var lo = 0;
    var hi = shards.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (shards[mid][0] <= term) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  function shardsFor(query) {
    var wanted = Object.create(null);
    if (!state.manifest || state.manifest.shards.length === 0) {
      return [];
    }
    var q = window.lunrCjk.queryTerms(query);
    q.terms.forEach(function (t) { wanted[shardOf(t)] = true; });
    q.prefixes.forEach(function (p) {
      for (var i = shardOf(p), end = shardOf(p + "\uffff"); i <= end; i++) {
        wanted[i] = true;
      }
    });
    return Object.keys(wanted).map(Number);
  }

  function ensureShard(i) {
    var shard = state.shards[i];
    if (!shard) {
      shard = state.shards[i] = { promise: null, source: null, failed: false };
      shard.promise = getJson(state.manifest.shards[i][1])
        .then(function (data) {
          shard.source = { index: window.lunr.Index.load(data && data.index ? data.index : data), docCount: state.manifest.documents };
          notify();
        })
        .catch(function () {
          shard.failed = true; // keep the results of what did load
          notify();
        });
    }
    return shard;
  }

  // The text of a result's page to cut a passage from: the page itself, fetched from this site (a
  // reader who then opens it gets it from the cache) rather than a second copy of every page's text.
  function ensureText(result) {
    var ref = result.ref;
    if (!(ref in state.texts)) {
      var url = new URL(String(result.doc.url || ""), window.location.href);
      state.texts[ref] = url.origin !== window.location.origin
        ? Promise.resolve(null)
        : fetch(url.href, { credentials: "same-origin" })
          .then(function (r) { return r.ok ? r.text() : null; })
          .then(function (html) { return html ? proseText(html) : null; })
          .catch(function () { return null; });
    }
    return state.texts[ref];
  }

  // Elements whose words are not the page's prose: the index leaves code and footnotes out too.
  var NOT_PROSE = { PRE: 1, SCRIPT: 1, STYLE: 1, TEMPLATE: 1, NOSCRIPT: 1 };
  // Elements that start a new run of words, so that a heading's last word and the next paragraph's first stay apart.
  var BREAKS = /^(?:P|H[1-6]|LI|DT|DD|TD|TH|BLOCKQUOTE|FIGCAPTION|SUMMARY|DIV|ASIDE|SECTION|FIGURE|TABLE|TR|UL|OL|DL|BR|HR)$/;

  // The words of a page's body (the theme's `.prose` element in `main`), from an inert document:
  // DOMParser runs no script and loads nothing, and only text is read from it.
  function proseText(html) {
    var body = new DOMParser().parseFromString(html, "text/html").querySelector("main .prose");
    if (!body) {
      return null;
    }
    var parts = [];
    var walker = body.ownerDocument.createTreeWalker(body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        if (node.nodeType === 3) {
          return NodeFilter.FILTER_ACCEPT;
        }
        return NOT_PROSE[node.tagName] || node.hidden || node.classList.contains("footnotes")
          ? NodeFilter.FILTER_REJECT
          : NodeFilter.FILTER_ACCEPT;
      },
    });
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      parts.push(node.nodeType === 3 ? node.nodeValue : BREAKS.test(node.tagName) ? " " : "");
    }
    return parts.join("");
  }

  // ---------- Querying ----------

  // { results, pending }: results over the light index and the loaded shards this query needs;
  // pending while one of those shards is still on its way (its fetch is started here).
  function search(text) {
    if (!text.trim() || !state.light || !window.lunrCjk) {
      return { results: [], pending: false };
    }
    var query = window.lunrCjk.parseQuery(text);
    var sources = [state.light.source];
    var pending = false;
    shardsFor(query).forEach(function (i) {
      var shard = ensureShard(i);
      if (shard.source) {
        sources.push(shard.source);
      } else if (!shard.failed) {
        pending = true;
      }
    });
    // Until every shard of the query is here, the light index alone answers: partial shard results
    // would show pages matching only some of the words, then reorder when the rest arrives.
    var ranked = window.lunrCjk.rank(query, pending ? [state.light.source] : sources);
    // Ties keep the order the reader already saw for this query, so a refinement never shuffles them.
    var key = text.trim();
    var before = state.lastOrder.query === key ? state.lastOrder.rank : Object.create(null);
    var position = function (ref) { return ref in before ? before[ref] : Infinity; };
    ranked.sort(function (a, b) {
      return b.score - a.score || (position(a.ref) - position(b.ref)) || 0;
    });
    var rank = Object.create(null);
    ranked.forEach(function (r, i) { rank[r.ref] = i; });
    state.lastOrder = { query: key, rank: rank };
    var chars = Object.create(null);
    query.units.forEach(function (u) {
      if (u.kind === "char" && !u.exclude) {
        chars[u.text] = true;
      }
    });
    return {
      pending: pending,
      results: ranked.map(function (r) {
        return { ref: r.ref, score: r.score, terms: r.terms, chars: chars, body: !!r.fields.body, doc: docFor(r.ref) };
      }),
    };
  }

  function isLoadingMore(outcome) {
    return !!outcome && outcome.pending;
  }

  function docFor(ref) {
    return (state.light && state.light.docs[ref]) || { title: ref, url: ref };
  }

  // ---------- Highlighting ----------

  function appendHighlighted(parent, text, result) {
    var pos = 0;
    window.lunrCjk.highlightRanges(text, result.terms, result.chars).forEach(function (r) {
      if (r[0] > pos) {
        parent.appendChild(document.createTextNode(text.slice(pos, r[0])));
      }
      var mark = document.createElement("mark");
      mark.textContent = text.slice(r[0], r[1]);
      parent.appendChild(mark);
      pos = r[1];
    });
    if (pos < text.length) {
      parent.appendChild(document.createTextNode(text.slice(pos)));
    }
  }

  // A window of `text` around its best cluster of matched words (the start when none matched).
  function snippet(text, result, size) {
    if (!text) {
      return "";
    }
    // Han characters are about twice as wide as Latin letters: the same number of lines holds half as many.
    var han = text.match(/[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g);
    if (han && han.length * 3 > text.length) {
      size = Math.round(size * 0.55);
    }
    if (text.length <= size) {
      return text;
    }
    var window_ = window.lunrCjk.passage(text, window.lunrCjk.highlightRanges(text, result.terms, result.chars), size) || { start: 0, end: size };
    var cut = text.slice(window_.start, window_.end).trim();
    return (window_.start > 0 ? "…" : "") + cut + (window_.end < text.length ? "…" : "");
  }

  // Starts each passage's fetch once its result comes within a screen of the viewport, so that a search
  // page of 100 results fetches the pages of those a reader scrolls to, not all of them. One per list
  // render: stop() forgets the results of the render before (they are no longer in the document).
  // Without IntersectionObserver every passage is fetched at once, as in the popup.
  var PASSAGES_AT_ONCE = { add: function (element, load) { load(); }, stop: function () {} };

  function passagesInView() {
    if (!("IntersectionObserver" in window)) {
      return PASSAGES_AT_ONCE;
    }
    var loads = new Map(); // element -> function that starts its passage's fetch
    var observer = new IntersectionObserver(function (entries) {
      entries.forEach(function (entry) {
        var load = loads.get(entry.target);
        if (entry.isIntersecting && load) {
          loads.delete(entry.target);
          observer.unobserve(entry.target);
          load();
        }
      });
    }, { rootMargin: "100% 0px" });
    return {
      add: function (element, load) {
        loads.set(element, load);
        observer.observe(element);
      },
      stop: function () {
        observer.disconnect();
        loads.clear();
      },
    };
  }

  // A result that matched in its body but shows no match in its summary gets the matching passage of
  // its page's text instead, once that text has arrived (its fetch started by `passages`).
  function fillSnippet(span, result, size, passages) {
    var summary = String(result.doc.summary || "");
    span.textContent = "";
    appendHighlighted(span, snippet(summary, result, size), result);
    if (!result.body || window.lunrCjk.highlightRanges(summary, result.terms, result.chars).length > 0) {
      return;
    }
    passages.add(span, function () {
      ensureText(result).then(function (text) { showPassage(span, result, size, text); });
    });
  }

  function showPassage(span, result, size, text) {
    if (!text || !span.isConnected) {
      return;
    }
    var flat = text.replace(/\s+/g, " ").trim();
    if (window.lunrCjk.highlightRanges(flat, result.terms, result.chars).length === 0) {
      return;
    }
    span.textContent = "";
    appendHighlighted(span, snippet(flat, result, size), result);
  }

  function fill(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m;
    });
  }

  function statusText(count, query, outcome) {
    if (state.failed && !state.light) {
      return strings.error || "";
    }
    if (!state.light) {
      return strings.loading || "";
    }
    if (count === 0 && isLoadingMore(outcome)) {
      return strings.searching || strings.more_loading || ""; // never "No results" while a shard is on its way
    }
    var text = count === 0
      ? fill(strings.no_results, { query: query })
      : fill(count === 1 ? strings.results_one : strings.results_other, { count: count, query: query });
    if (isLoadingMore(outcome)) {
      text += " " + (strings.more_loading || "");
    }
    return text;
  }

  function renderItem(result, id, asOption, passages) {
    var doc = result.doc;
    var li = document.createElement("li");
    li.className = "search-result";
    var a = document.createElement("a");
    if (asOption) {
      // An option may not contain a link (axe: nested-interactive), so in the popup the <a> has no
      // href and the listbox navigates itself; the input keeps focus and arrows move aria-activedescendant.
      li.id = id;
      li.setAttribute("role", "option");
      li.setAttribute("aria-selected", "false");
      li.setAttribute("data-url", doc.url || result.ref);
    } else {
      a.href = doc.url || result.ref;
    }
    var meta = document.createElement("span");
    meta.className = "search-result-meta";
    meta.textContent = (kinds[doc.type] || doc.type || "") + (doc.date ? " · " + doc.date : "");
    var title = document.createElement("span");
    title.className = "search-result-title";
    appendHighlighted(title, String(doc.title || result.ref), result);
    a.appendChild(meta);
    a.appendChild(title);
    if (doc.summary || result.body) {
      var snip = document.createElement("span");
      snip.className = "search-result-snippet";
      fillSnippet(snip, result, asOption ? POPUP_SNIPPET : PAGE_SNIPPET, passages);
      a.appendChild(snip);
    }
    li.appendChild(a);
    return li;
  }

  // Identifies what a result list shows. A render with the same key is skipped, so a late debounced
  // render (typing, then the index arriving first) cannot reset the option the reader just selected.
  function renderKey(query) {
    // Only the shards this query needs: one arriving for an earlier query must not reset the selection.
    var loaded = state.light && window.lunrCjk
      ? shardsFor(window.lunrCjk.parseQuery(query)).map(function (i) {
        var s = state.shards[i];
        return i + (!s ? "n" : s.source ? "s" : s.failed ? "x" : "p");
      }).join(",")
      : "";
    return query + "\u0000" + (state.light ? "l" : "") + (state.manifest ? "m" : "") + loaded + (state.failed ? "x" : "");
  }

  function debounce(fn, ms) {
    var timer = 0;
    return function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fn, ms);
    };
  }

  // Ctrl/Cmd/Shift (or the middle button) open a new tab, as they would on a link.
  function go(url, newTab) {
    if (newTab) {
      window.open(url, "_blank", "noopener");
    } else {
      window.location.href = url;
    }
  }

  function searchPageUrl(query) {
    return (config.search_url || "/search/") + "?q=" + encodeURIComponent(query);
  }

  // ---------- Header box (combobox) ----------

  function initHeaderBox(form) {
    var input = form.querySelector("input[type=search]");
    var popup = form.querySelector(".search-popup");
    if (!input || !popup) {
      return;
    }
    var listId = "site-search-listbox";
    var status = document.createElement("p");
    status.className = "search-status";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    var list = document.createElement("ul");
    list.className = "search-results";
    list.id = listId;
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", strings.results_label || "");
    var all = document.createElement("a");
    all.className = "search-all";
    all.href = config.search_url || "/search/"; // a real link from the start (crawlers and audits read every anchor)
    all.hidden = true;
    popup.appendChild(status);
    popup.appendChild(list);
    popup.appendChild(all);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var active = -1;
    var options = [];
    var shown = null; // renderKey of the popup's content

    function open() {
      popup.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function close() {
      shown = null;
      popup.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setActive(i) {
      if (options.length === 0) {
        return;
      }
      if (active >= 0 && options[active]) {
        options[active].setAttribute("aria-selected", "false");
      }
      active = (i + options.length) % options.length;
      var el = options[active];
      el.setAttribute("aria-selected", "true");
      input.setAttribute("aria-activedescendant", el.id);
      el.scrollIntoView({ block: "nearest" });
    }

    function render() {
      var query = input.value.trim();
      if (query && !popup.hidden && renderKey(query) === shown) {
        return;
      }
      shown = renderKey(query);
      list.textContent = "";
      options = [];
      active = -1;
      input.removeAttribute("aria-activedescendant");
      if (!query) {
        close();
        return;
      }
      open();
      var outcome = search(query);
      var results = outcome.results;
      results.slice(0, POPUP_LIMIT).forEach(function (r, i) {
        var li = renderItem(r, listId + "-" + i, true, PASSAGES_AT_ONCE); // at most 8, all in view
        li.addEventListener("mousedown", function (e) { e.preventDefault(); }); // keep focus in the input
        li.addEventListener("click", function (e) { go(li.getAttribute("data-url"), e.ctrlKey || e.metaKey || e.shiftKey); });
        li.addEventListener("auxclick", function (e) {
          if (e.button === 1) {
            go(li.getAttribute("data-url"), true);
          }
        });
        list.appendChild(li);
        options.push(li);
      });
      status.textContent = statusText(results.length, query, outcome);
      all.href = searchPageUrl(query);
      all.textContent = strings.view_all || "";
      all.hidden = results.length <= POPUP_LIMIT;
    }

    var renderSoon = debounce(render, DEBOUNCE_MS);
    state.listeners.push(function () {
      if (!popup.hidden || input.value.trim()) {
        if (document.activeElement === input) {
          render();
        }
      }
    });

    input.addEventListener("focus", function () {
      load();
      if (input.value.trim()) {
        render();
      }
    });
    input.addEventListener("input", renderSoon);
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") {
        e.preventDefault();
        if (popup.hidden) {
          render();
        }
        setActive(active + 1);
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        setActive(active - 1);
      } else if (e.key === "Escape") {
        if (!popup.hidden) {
          e.preventDefault();
          close();
        } else if (input.value) {
          e.preventDefault();
          input.value = "";
        }
      } else if (e.key === "Enter" && active >= 0 && options[active]) {
        e.preventDefault();
        go(options[active].getAttribute("data-url"), e.ctrlKey || e.metaKey || e.shiftKey);
      }
    });
    input.addEventListener("blur", function () {
      // Let a click on a result land before closing.
      window.setTimeout(function () {
        if (!form.contains(document.activeElement)) {
          close();
        }
      }, 150);
    });
    form.addEventListener("submit", function (e) {
      var query = input.value.trim();
      if (!query) {
        e.preventDefault();
        return;
      }
      // A plain submit goes to the search page, which works as a deep link.
      e.preventDefault();
      window.location.href = searchPageUrl(query);
    });
  }

  // ---------- Search page ----------

  function initSearchPage(form) {
    var input = form.querySelector("input[type=search]");
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    if (!input || !list || !status) {
      return;
    }
    list.classList.add("search-results-page");
    var shown = null; // renderKey of the list's content
    var passages = PASSAGES_AT_ONCE;

    function render() {
      var query = input.value.trim();
      if (renderKey(query) === shown) {
        return; // keeps the focused result when nothing changed
      }
      shown = renderKey(query);
      list.textContent = "";
      passages.stop();
      passages = passagesInView();
      if (!query) {
        status.textContent = "";
        return;
      }
      var outcome = search(query);
      var results = outcome.results;
      results.slice(0, PAGE_LIMIT).forEach(function (r) {
        list.appendChild(renderItem(r, "", false, passages));
      });
      status.textContent = statusText(results.length, query, outcome);
    }

    function syncUrl() {
      var query = input.value.trim();
      var url = window.location.pathname + (query ? "?q=" + encodeURIComponent(query) : "");
      window.history.replaceState(null, "", url);
    }

    var update = debounce(function () { render(); syncUrl(); }, DEBOUNCE_MS);
    state.listeners.push(render);
    input.addEventListener("input", update);
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      render();
      syncUrl();
    });

    function links() {
      return Array.prototype.slice.call(list.querySelectorAll("a"));
    }

    // Arrow keys move between the input and the result links; Escape goes back to the input.
    input.addEventListener("keydown", function (e) {
      if (e.key === "ArrowDown") {
        var first = links()[0];
        if (first) {
          e.preventDefault();
          first.focus();
        }
      } else if (e.key === "Escape" && input.value) {
        e.preventDefault();
        input.value = "";
        render();
        syncUrl();
      }
    });
    list.addEventListener("keydown", function (e) {
      var all = links();
      var i = all.indexOf(document.activeElement);
      if (i === -1) {
        return;
      }
      if (e.key === "ArrowDown" && i + 1 < all.length) {
        e.preventDefault();
        all[i + 1].focus();
      } else if (e.key === "ArrowUp") {
        e.preventDefault();
        (i > 0 ? all[i - 1] : input).focus();
      } else if (e.key === "Escape") {
        e.preventDefault();
        input.focus();
      }
    });

    var initial = new URLSearchParams(window.location.search).get("q") || "";
    input.value = initial;
    if (initial) {
      status.textContent = strings.loading || "";
    }
    load().then(render);
    input.focus();
  }

  function init() {
    var box = document.querySelector("[data-search-box]");
    if (box) {
      initHeaderBox(box);
    }
    var page = document.querySelector("[data-search-page]");
    if (page) {
      initSearchPage(page);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
