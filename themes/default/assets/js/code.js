// Copy buttons on code blocks (progressive enhancement: without JavaScript the code is still selectable).
// Loaded with defer on pages whose body has code. Strings come from the element that names the code
// blocks (#code-label, in the page's language); success is announced through the #code-status live region.
(function () {
  "use strict";
  var label = document.getElementById("code-label");
  var status = document.getElementById("code-status");
  if (!label) {
    return;
  }
  var copyText = label.getAttribute("data-copy") || "Copy";
  var copiedText = label.getAttribute("data-copied") || "Copied";
  var announce = label.getAttribute("data-copied-status") || copiedText;
  var failedText = label.getAttribute("data-copy-failed") || "";

  // The text a reader wants in the clipboard: for a terminal session only the commands, without prompts or output.
  function codeText(code) {
    var copy = code.cloneNode(true);
    var drop = copy.querySelectorAll(".hl-gp, .hl-go");
    for (var i = 0; i < drop.length; i++) {
      drop[i].parentNode.removeChild(drop[i]);
    }
    var text = copy.textContent;
    if (drop.length > 0) {
      text = text.split("\n").filter(function (line) { return line.trim() !== ""; }).join("\n");
    }
    return text.replace(/\n+$/, "");
  }

  function fallbackCopy(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try {
      ok = document.execCommand("copy");
    } catch (e) {
      ok = false;
    }
    document.body.removeChild(area);
    return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
  }

  function say(text) {
    if (!status) {
      return;
    }
    // Cleared first so the same message is announced again on a second copy.
    status.textContent = "";
    window.setTimeout(function () { status.textContent = text; }, 50);
  }

  function addButton(block) {
    var code = block.querySelector("pre > code");
    if (!code || block.querySelector(".copy-button")) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = "copy-button";
    button.textContent = copyText;
    var timer = 0;
    button.addEventListener("click", function () {
      var text = codeText(code);
      var write = navigator.clipboard && navigator.clipboard.writeText
        ? navigator.clipboard.writeText(text).catch(function () { return fallbackCopy(text); })
        : fallbackCopy(text);
      write.then(function () {
        button.textContent = copiedText;
        say(announce);
      }, function () {
        say(failedText);
      });
      window.clearTimeout(timer);
      timer = window.setTimeout(function () { button.textContent = copyText; }, 2000);
    });
    block.appendChild(button);
  }

  var blocks = document.querySelectorAll(".code-block");
  for (var i = 0; i < blocks.length; i++) {
    addButton(blocks[i]);
  }
})();
