// Light / dark / auto colour scheme, and the remembered language choice. Loaded synchronously in <head> so a stored choice
// applies before the first paint; "auto" (no data-theme) follows prefers-color-scheme.
(function () {
  "use strict";
  var KEY = "kb-theme";
  var root = document.documentElement;

  function stored() {
    try {
      var v = window.localStorage.getItem(KEY);
      return v === "light" || v === "dark" ? v : "auto";
    } catch (e) {
      return "auto"; // storage blocked (private mode, file://): keep the OS preference
    }
  }

  function apply(choice) {
    if (choice === "auto") {
      root.removeAttribute("data-theme");
    } else {
      root.setAttribute("data-theme", choice);
    }
  }

  apply(stored());

  // An explicit language choice is remembered in Netlify's `nf_lang` cookie, which overrides
  // the browser-language redirect of `/` (netlify.toml). Deep links are never redirected.
  document.addEventListener("click", function (event) {
    var link = event.target && event.target.closest ? event.target.closest(".lang-switch a[data-lang]") : null;
    if (!link) {
      return;
    }
    var code = link.getAttribute("data-lang");
    if (/^[A-Za-z-]{2,16}$/.test(code)) {
      document.cookie = "nf_lang=" + code + "; path=/; max-age=31536000; SameSite=Lax";
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.querySelector(".theme-switch");
    var select = box && box.querySelector("select");
    if (!select) {
      return;
    }
    select.value = stored();
    box.hidden = false;
    select.addEventListener("change", function () {
      var choice = select.value;
      apply(choice);
      try {
        if (choice === "auto") {
          window.localStorage.removeItem(KEY);
        } else {
          window.localStorage.setItem(KEY, choice);
        }
      } catch (e) {
        // The choice still applies to this page view.
      }
    });
  });
})();
