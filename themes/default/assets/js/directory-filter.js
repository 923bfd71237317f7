// Filters of the project directory (/projects/): maturity, category, subcategory and TAG.
// Progressive enhancement: the page is a complete grouped list without this script.
// Filter state lives in the query string (?maturity=graduated&category=orchestration-management&tag=tag-network)
// so a filtered view can be bookmarked and shared.
// A project is listed once, under its own category; it also matches a category or subcategory
// filter through every place it is listed (data-listed: the landscape's second_path included).
(function () {
  "use strict";

  function all(root, selector) {
    return Array.prototype.slice.call(root.querySelectorAll(selector));
  }

  function init() {
    var form = document.getElementById("directory-filter");
    if (!form) {
      return;
    }
    var boxes = all(form, 'input[name="maturity"]');
    var category = form.querySelector('select[name="category"]');
    var subcategory = form.querySelector('select[name="subcategory"]');
    var tag = form.querySelector('select[name="tag"]');
    var selects = [category, subcategory, tag].filter(Boolean);
    var status = form.querySelector(".filter-status");
    var none = document.querySelector(".directory-none");
    var groups = all(document, ".directory-group").map(function (section) {
      return {
        section: section,
        count: section.querySelector(".group-count"),
        subgroups: all(section, ".directory-subgroup").map(function (sub) {
          return {
            section: sub,
            count: sub.querySelector(".sub-count"),
            items: all(sub, ".directory-item").map(function (li) {
              return {
                el: li,
                maturity: li.getAttribute("data-maturity") || "",
                listed: (li.getAttribute("data-listed") || "").split(" "),
                tag: li.getAttribute("data-tag") || "-",
              };
            }),
          };
        }),
      };
    });
    var total = 0;
    groups.forEach(function (g) { g.subgroups.forEach(function (s) { total += s.items.length; }); });
    var template = form.getAttribute("data-showing") || "{shown} / {total}";
    var countOne = form.getAttribute("data-count-one");
    var countOther = form.getAttribute("data-count-other");

    function countText(n) {
      return (n === 1 && countOne ? countOne : countOther || "{count}").replace("{count}", String(n));
    }

    function known(select, value) {
      return Array.prototype.some.call(select.options, function (o) { return o.value === value; });
    }

    // Only the subcategories of the chosen category can be picked.
    function limitSubcategories() {
      if (!subcategory) {
        return;
      }
      all(subcategory, "optgroup").forEach(function (og) {
        og.disabled = !!category.value && og.getAttribute("data-category") !== category.value;
      });
      var chosen = subcategory.options[subcategory.selectedIndex];
      if (chosen && chosen.parentNode && chosen.parentNode.disabled) {
        subcategory.value = "";
      }
    }

    function readUrl() {
      var params = new URLSearchParams(window.location.search);
      var wanted = params.getAll("maturity");
      boxes.forEach(function (b) { b.checked = wanted.indexOf(b.value) !== -1; });
      selects.forEach(function (s) {
        var value = params.get(s.name) || "";
        s.value = known(s, value) ? value : "";
      });
      limitSubcategories();
    }

    function writeUrl() {
      var params = new URLSearchParams(window.location.search);
      params.delete("maturity");
      boxes.forEach(function (b) { if (b.checked) { params.append("maturity", b.value); } });
      selects.forEach(function (s) {
        params.delete(s.name);
        if (s.value) {
          params.set(s.name, s.value);
        }
      });
      var query = params.toString();
      window.history.replaceState(null, "", window.location.pathname + (query ? "?" + query : "") + window.location.hash);
    }

    function apply() {
      var maturities = boxes.filter(function (b) { return b.checked; }).map(function (b) { return b.value; });
      var cat = category ? category.value : "";
      var sub = subcategory ? subcategory.value : "";
      var tg = tag ? tag.value : "";
      var shown = 0;
      groups.forEach(function (g) {
        var inGroup = 0;
        g.subgroups.forEach(function (s) {
          var inSub = 0;
          s.items.forEach(function (item) {
            var visible = (maturities.length === 0 || maturities.indexOf(item.maturity) !== -1)
              && (!cat || item.listed.indexOf(cat) !== -1)
              && (!sub || item.listed.indexOf(sub) !== -1)
              && (!tg || item.tag === tg);
            item.el.hidden = !visible;
            if (visible) {
              inSub++;
            }
          });
          s.section.hidden = inSub === 0;
          if (s.count) {
            s.count.textContent = countText(inSub);
          }
          inGroup += inSub;
        });
        g.section.hidden = inGroup === 0;
        if (g.count) {
          g.count.textContent = countText(inGroup);
        }
        shown += inGroup;
      });
      status.textContent = template.replace("{shown}", String(shown)).replace("{total}", String(total));
      if (none) {
        none.hidden = shown !== 0;
      }
    }

    function onChange(e) {
      if (e && e.target === category) {
        limitSubcategories();
      }
      apply();
      writeUrl();
    }

    boxes.forEach(function (b) { b.addEventListener("change", onChange); });
    selects.forEach(function (s) { s.addEventListener("change", onChange); });
    form.addEventListener("submit", function (e) { e.preventDefault(); });
    form.addEventListener("reset", function () {
      // The reset event fires before the controls are cleared.
      window.setTimeout(function () { limitSubcategories(); onChange(); }, 0);
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
