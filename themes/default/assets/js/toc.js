// Marks, in the table of contents, the section being read (aria-current="location" on its link).
// Loaded with defer on pages with a table of contents; without it the table is a plain list of links.
(function () {
  "use strict";
  var toc = document.querySelector("[data-toc]");
  if (!toc) {
    return;
  }
  var links = [];
  var targets = [];
  var anchors = toc.querySelectorAll("a[href^='#']");
  for (var i = 0; i < anchors.length; i++) {
    var id = decodeURIComponent(anchors[i].getAttribute("href").slice(1));
    var target = document.getElementById(id);
    if (target) {
      links.push(anchors[i]);
      targets.push(target);
    }
  }
  if (targets.length === 0) {
    return;
  }

  var current = -1;
  var pending = false;

  // The current section is the last heading above a line a fifth of the way down the viewport.
  function update() {
    pending = false;
    var line = Math.min(window.innerHeight * 0.2, 160);
    var found = 0;
    for (var i = 0; i < targets.length; i++) {
      if (targets[i].getBoundingClientRect().top <= line) {
        found = i;
      } else {
        break;
      }
    }
    // At the very bottom the last section is current even when its heading cannot reach the line.
    if (window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2) {
      found = targets.length - 1;
    }
    if (found === current) {
      return;
    }
    if (current >= 0) {
      links[current].removeAttribute("aria-current");
    }
    current = found;
    links[current].setAttribute("aria-current", "location");
  }

  function schedule() {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(update);
    }
  }

  window.addEventListener("scroll", schedule, { passive: true });
  window.addEventListener("resize", schedule);
  window.addEventListener("hashchange", schedule);
  update();
})();
