// Maturity and category filters for the project directory (/projects/).
// Progressive enhancement: the page is a complete grouped list without this script.
// Filter state lives in the query string (?maturity=graduated&maturity=incubating&category=observability)
// so a filtered view can be bookmarked and shared.
(function () {
  "use strict";

  function init() {
    var form = document.getElementById("directory-filter");
    if (!form) {
      return;
    }
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="maturity"]'));
    var select = form.querySelector('select[name="category"]');
    var status = form.querySelector(".filter-status");
    var none = document.querySelector(".directory-none");
    var groups = Array.prototype.slice.call(document.querySelectorAll(".directory-group")).map(function (section) {
      return {
        section: section,
        count: section.querySelector(".group-count"),
        category: section.getAttribute("data-category") || "",
        items: Array.prototype.slice.call(section.querySelectorAll(".project-card")).map(function (li) {
          return { el: li, maturity: li.getAttribute("data-maturity") || "" };
        }),
      };
    });
    var total = groups.reduce(function (n, g) { return n + g.items.length; }, 0);
    var template = form.getAttribute("data-showing") || "{shown} / {total}";
    var countOne = form.getAttribute("data-count-one");
    var countOther = form.getAttribute("data-count-other");

    function countText(n) {
      return (n === 1 && countOne ? countOne : countOther || "{count}").replace("{count}", String(n));
    }

    function readUrl() {
      var params = new URLSearchParams(window.location.search);
      var wanted = params.getAll("maturity");
      boxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) !== -1; });
      var category = params.get("category") || "";
      // Only accept a category that exists in the list.
      var known = Array.prototype.some.call(select.options, function (o) { return o.value === category; });
      select.value = known ? category : "";
    }

    function writeUrl() {
      var params = new URLSearchParams(window.location.search);
      params.delete("maturity");
      params.delete("category");
      boxes.forEach(function (b) { if (b.checked) { params.append("maturity", b.value); } });
      if (select.value) {
        params.set("category", select.value);
      }
      var query = params.toString();
      var url = window.location.pathname + (query ? "?" + query : "") + window.location.hash;
      window.history.replaceState(null, "", url);
    }

    function apply() {
      var maturities = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      var category = select.value;
      var shown = 0;
      groups.forEach(function (g) {
        var groupVisible = !category || g.category === category;
        var visibleInGroup = 0;
        g.items.forEach(function (item) {
          var visible = groupVisible && (maturities.length === 0 || maturities.indexOf(item.maturity) !== -1);
          item.el.hidden = !visible;
          if (visible) {
            visibleInGroup++;
          }
        });
        g.section.hidden = visibleInGroup === 0;
        if (g.count) {
          g.count.textContent = countText(visibleInGroup);
        }
        shown += visibleInGroup;
      });
      status.textContent = template.replace("{shown}", String(shown)).replace("{total}", String(total));
      if (none) {
        none.hidden = shown !== 0;
      }
    }

    function onChange() {
      apply();
      writeUrl();
    }

    boxes.forEach(function (b) { b.addEventListener("change", onChange); });
    select.addEventListener("change", onChange);
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("reset", function () {
      // The reset event fires before the controls are cleared.
      window.setTimeout(onChange, 0);
    });
    window.addEventListener("popstate", function () { readUrl(); apply(); });

    readUrl();
    apply();
    form.hidden = false;
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
