// Site search: the header box (a combobox with a result popup) and the search page (/search/?q=).
// lunr.js and the index files are served by the site itself. The light index is fetched when a
// search box first gets focus, the full index right after; its results merge in when it arrives.
// Every string from the index is inserted with textContent / text nodes, never innerHTML.
(function () {
  "use strict";

  var POPUP_LIMIT = 8;
  var PAGE_LIMIT = 100;
  var DEBOUNCE_MS = 120;
  var HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
  var HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;
  var HAN_WORD = /^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{3,}$/;

  var config = readConfig();
  if (!config) {
    return;
  }
  var strings = config.strings || {};
  var kinds = config.kinds || {};

  // ---------- Loading ----------

  var state = {
    light: null, // { index, docs }
    full: null,
    failed: false,
    lightPromise: null,
    fullPromise: null,
    listeners: [],
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
        // The Chinese rules must be registered before lunr.Index.load. The query rewriter also trims
        // punctuation and folds full-width letters, which helps English queries too.
        if (config.lunr_cjk && !window.lunrCjk) {
          return loadScript(config.lunr_cjk).catch(function () { /* plain lunr still works for Latin text */ });
        }
        return undefined;
      });
    }
    return lunrPromise;
  }

  function fetchIndex(url) {
    return fetch(url, { credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) {
          throw new Error(url + ": HTTP " + r.status);
        }
        return r.json();
      })
      .then(function (data) {
        // Either {index, docs} or a bare serialized lunr index (refs are then used as URLs).
        var serialized = data && data.index ? data.index : data;
        var docs = {};
        var source = data && data.docs ? data.docs : null;
        if (Array.isArray(source)) {
          source.forEach(function (d) { if (d && d.ref != null) { docs[String(d.ref)] = d; } });
        } else if (source) {
          docs = source;
        }
        return { index: window.lunr.Index.load(serialized), docs: docs };
      });
  }

  function notify() {
    state.listeners.forEach(function (fn) { fn(); });
  }

  // Starts loading (idempotent). Resolves when the light index (or, failing that, the full one) is ready.
  function load() {
    if (state.lightPromise) {
      return state.lightPromise;
    }
    var lightUrl = config.light_index || config.full_index;
    var fullUrl = config.full_index && config.full_index !== lightUrl ? config.full_index : null;
    if (!config.lunr || !lightUrl) {
      state.failed = true;
      state.lightPromise = Promise.resolve();
      notify();
      return state.lightPromise;
    }
    state.lightPromise = ensureLunr()
      .then(function () { return fetchIndex(lightUrl); })
      .then(function (light) {
        state.light = light;
        // Start the full index before telling the listeners, so the first results already say "loading more".
        if (fullUrl) {
          state.fullPromise = fetchIndex(fullUrl)
            .then(function (full) { state.full = full; notify(); })
            .catch(function () { state.fullPromise = null; notify(); /* keep the light results */ });
        }
        notify();
      })
      .catch(function () {
        state.failed = true;
        notify();
      });
    return state.lightPromise;
  }

  function isLoadingMore() {
    return !!state.fullPromise && !state.full;
  }

  // ---------- Querying ----------

  function toLunrQuery(text, index) {
    var cjk = window.lunrCjk && typeof window.lunrCjk.toLunrQuery === "function" ? window.lunrCjk : null;
    var q = text.trim().split(/\s+/).map(function (chunk) {
      var rewritten = cjk ? cjk.toLunrQuery(chunk, { fields: index.fields }) : chunk;
      // A Chinese word becomes overlapping bigrams; requiring all of them keeps "服务网格" from
      // matching every page that merely contains "服务".
      if (cjk && HAN_WORD.test(chunk)) {
        rewritten = rewritten.split(/\s+/).filter(Boolean).map(function (term) {
          return term.charAt(0) === "+" ? term : "+" + term;
        }).join(" ");
      }
      return rewritten;
    }).join(" ");
    // Search as you type: also match words that start with the last word (not for Han bigrams,
    // which the rewriter already handles).
    var words = q.split(/\s+/);
    var last = words[words.length - 1];
    if (last && /^[\p{L}\p{N}_.]{2,}$/u.test(last) && !HAN.test(last)) {
      q += " " + last + "*";
    }
    return q.trim();
  }

  function runOn(store, text) {
    var query = toLunrQuery(text, store.index);
    if (!query) {
      return []; // the rewriter found nothing searchable (only punctuation)
    }
    try {
      return store.index.search(query);
    } catch (e) {
      // lunr syntax error (e.g. a stray ":" or "~"): retry with the special characters removed.
      var plain = query.replace(/[:~^*+\-\\]/g, " ").trim();
      if (!plain) {
        return [];
      }
      try {
        return store.index.search(plain);
      } catch (e2) {
        return [];
      }
    }
  }

  function docFor(ref) {
    return (state.full && state.full.docs[ref]) || (state.light && state.light.docs[ref]) || { title: ref, url: ref };
  }

  // Full-index results, with light-only refs merged in where the light index ranks them; each ref
  // once. Only pages kept out of the full tier (fallbacks under /zh/: untranslated, light tier only)
  // are light-only. Scores of the two indexes are not comparable (the body field changes them), so a
  // light-only result goes right after the nearest result above it in the light ranking that the full
  // index also returned (first when there is none).
  function search(text) {
    if (!text.trim() || (!state.light && !state.full)) {
      return [];
    }
    var full = state.full ? runOn(state.full, text) : [];
    var light = state.light ? runOn(state.light, text) : [];
    if (!state.full) {
      return light.map(toResult);
    }
    var inFull = Object.create(null);
    full.forEach(function (r) {
      inFull[r.ref] = true;
    });
    // anchor ref ("" = before everything) -> light-only results that follow it, in light order
    var after = Object.create(null);
    var anchor = '';
    light.forEach(function (r) {
      if (inFull[r.ref]) {
        anchor = r.ref;
      } else {
        (after[anchor] = after[anchor] || []).push(r);
      }
    });
    var out = (after[''] || []).map(toResult);
    full.forEach(function (r) {
      out.push(toResult(r));
      (after[r.ref] || []).forEach(function (l) {
        out.push(toResult(l));
      });
    });
    return out;
  }

  function toResult(r) {
    return { ref: r.ref, score: r.score, terms: Object.keys((r.matchData && r.matchData.metadata) || {}), doc: docFor(r.ref) };
  }

  // ---------- Highlighting ----------

  function needlesFor(text, terms) {
    var words = text.toLowerCase().split(/[\s\-+~^:*\\"]+/).filter(Boolean);
    // Han: highlight what was typed (and its bigrams), not the wider index terms a "云*" query matched.
    var han = [];
    words.forEach(function (w) {
      (w.match(HAN_RUN) || []).forEach(function (run) {
        han.push(run);
        for (var i = 0; i + 2 <= run.length; i++) {
          han.push(run.slice(i, i + 2));
        }
      });
    });
    var all = terms.filter(function (t) { return !HAN.test(t); }).concat(words, han).filter(function (w) { return w && w.length > 0; });
    var unique = Object.create(null);
    all.forEach(function (w) { unique[w.toLowerCase()] = true; });
    return Object.keys(unique).sort(function (a, b) { return b.length - a.length; });
  }

  // Returns [start, end) ranges of `text` to highlight. Latin needles match at word starts and
  // extend to the end of the word (the index holds stems: "observ" marks "observability").
  function ranges(text, needles) {
    var lower = text.toLowerCase();
    if (lower.length !== text.length) {
      return []; // a few characters (e.g. "İ") change length when lower-cased: offsets would be wrong
    }
    var found = [];
    needles.forEach(function (n) {
      var han = HAN.test(n);
      var from = 0;
      var at;
      while ((at = lower.indexOf(n, from)) !== -1) {
        from = at + n.length;
        if (!han && at > 0 && /[\p{L}\p{N}]/u.test(lower.charAt(at - 1))) {
          continue;
        }
        var end = at + n.length;
        if (!han) {
          while (end < lower.length && /[\p{L}\p{N}]/u.test(lower.charAt(end)) && !HAN.test(lower.charAt(end))) {
            end++;
          }
        }
        found.push([at, end]);
      }
    });
    found.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    found.forEach(function (r) {
      var prev = merged[merged.length - 1];
      if (prev && r[0] <= prev[1]) {
        prev[1] = Math.max(prev[1], r[1]);
      } else {
        merged.push([r[0], r[1]]);
      }
    });
    return merged;
  }

  function appendHighlighted(parent, text, needles) {
    var pos = 0;
    ranges(text, needles).forEach(function (r) {
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

  // A window of the summary around the first match, so the highlighted words are visible.
  function snippet(text, needles, size) {
    if (!text) {
      return "";
    }
    if (text.length <= size) {
      return text;
    }
    var first = ranges(text, needles)[0];
    var start = first ? Math.max(0, first[0] - Math.floor(size / 3)) : 0;
    var end = Math.min(text.length, start + size);
    start = Math.max(0, end - size);
    return (start > 0 ? "…" : "") + text.slice(start, end).trim() + (end < text.length ? "…" : "");
  }

  function fill(template, values) {
    return String(template || "").replace(/\{(\w+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(values, k) ? String(values[k]) : m;
    });
  }

  function statusText(count, query) {
    if (state.failed && !state.light) {
      return strings.error || "";
    }
    if (!state.light && !state.full) {
      return strings.loading || "";
    }
    var text = count === 0
      ? fill(strings.no_results, { query: query })
      : fill(count === 1 ? strings.results_one : strings.results_other, { count: count, query: query });
    if (isLoadingMore()) {
      text += " " + (strings.more_loading || "");
    }
    return text;
  }

  function renderItem(result, needles, id, asOption) {
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
    appendHighlighted(title, String(doc.title || result.ref), needles);
    a.appendChild(meta);
    a.appendChild(title);
    var summary = String(doc.summary || doc.text || "");
    if (summary) {
      var snip = document.createElement("span");
      snip.className = "search-result-snippet";
      appendHighlighted(snip, snippet(summary, needles, asOption ? 140 : 260), needles);
      a.appendChild(snip);
    }
    li.appendChild(a);
    return li;
  }

  // Identifies what a result list shows. A render with the same key is skipped, so a late debounced
  // render (typing, then the index arriving first) cannot reset the option the reader just selected.
  function renderKey(query) {
    return query + "\u0000" + (state.light ? "l" : "") + (state.full ? "f" : "") + (isLoadingMore() ? "m" : "") + (state.failed ? "x" : "");
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
      var results = search(query);
      var needles = [];
      results.slice(0, POPUP_LIMIT).forEach(function (r, i) {
        needles = needlesFor(query, r.terms);
        var li = renderItem(r, needles, listId + "-" + i, true);
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
      status.textContent = statusText(results.length, query);
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

    function render() {
      var query = input.value.trim();
      if (renderKey(query) === shown) {
        return; // keeps the focused result when nothing changed
      }
      shown = renderKey(query);
      list.textContent = "";
      if (!query) {
        status.textContent = "";
        return;
      }
      var results = search(query);
      results.slice(0, PAGE_LIMIT).forEach(function (r) {
        list.appendChild(renderItem(r, needlesFor(query, r.terms), "", false));
      });
      status.textContent = statusText(results.length, query);
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
