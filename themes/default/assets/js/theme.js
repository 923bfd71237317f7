// Light / dark / auto colour scheme, the remembered language choice, and when smooth scrolling starts. Loaded
// synchronously in <head> (a small external file, so no inline script is needed) so a stored choice applies before
// the first paint; "auto" (no data-theme) follows prefers-color-scheme.
(function () {
  "use strict";
  var KEY = "kb-theme";
  var ORDER = ["auto", "light", "dark"];
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

  function remember(choice) {
    try {
      if (choice === "auto") {
        window.localStorage.removeItem(KEY);
      } else {
        window.localStorage.setItem(KEY, choice);
      }
    } catch (e) {
      // The choice still applies to this page view.
    }
  }

  apply(stored());

  // Smooth scrolling (site.css, unless the reader asks for reduced motion) starts with the reader's first press on
  // the page: a table-of-contents link then glides to its section, while a link from elsewhere to a section lands
  // there at once instead of scrolling through everything above it.
  function smoothFromNowOn() {
    root.classList.add("smooth-scroll");
    document.removeEventListener("pointerdown", smoothFromNowOn, true);
    document.removeEventListener("keydown", smoothFromNowOn, true);
  }
  document.addEventListener("pointerdown", smoothFromNowOn, true);
  document.addEventListener("keydown", smoothFromNowOn, true);

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

  // The header button cycles auto → light → dark. Its label names the current choice in the page's language
  // (data-label: "Colour scheme: {scheme}", data-auto / data-light / data-dark: the words).
  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector("[data-theme-toggle]");
    if (!button) {
      return;
    }
    var text = button.querySelector(".theme-toggle-text");

    function show(choice) {
      var label = (button.getAttribute("data-label") || "{scheme}").replace("{scheme}", button.getAttribute("data-" + choice) || choice);
      if (text) {
        text.textContent = label;
      }
      button.setAttribute("data-choice", choice);
      button.title = label;
    }

    var choice = stored();
    show(choice);
    button.hidden = false;
    button.addEventListener("click", function () {
      choice = ORDER[(ORDER.indexOf(choice) + 1) % ORDER.length];
      apply(choice);
      remember(choice);
      show(choice);
    });
  });
})();
