namespace Site.Cli.Serve.LiveReload;

/// <summary>
/// The browser side of live reload, served at <see cref="Path"/> and referenced only by the
/// tag <see cref="HtmlInjector"/> adds to HTML responses of <c>serve</c> (never to files).
/// It listens to server-sent events: a newer site version reloads the page, a failed build
/// shows the errors in an overlay (DOM text nodes only, styles through CSSOM, so it works
/// under a strict Content-Security-Policy and cannot inject markup).
/// </summary>
public static class LiveReloadScript
{
    public const string Path = "/__site/livereload.js";

    public const string EventsPath = "/__site/events";

    public const string OverlayId = "site-build-errors";

    public const string Text = """
        // Live reload of the `serve` preview; not part of the published site.
        (() => {
          "use strict";
          const script = document.currentScript;
          const pageVersion = Number(new URL(script.src).searchParams.get("v") || "0");
          const events = new URL("/__site/events", script.src);
          const root = document.documentElement;
          let source = null;

          function style(el, rules) { Object.assign(el.style, rules); return el; }

          function el(tag, text, rules) {
            const node = document.createElement(tag);
            if (text !== undefined) node.textContent = text;
            return rules ? style(node, rules) : node;
          }

          function removeOverlay() {
            const old = document.getElementById("site-build-errors");
            if (old) old.remove();
          }

          function showOverlay(errors) {
            removeOverlay();
            const overlay = el("div", undefined, {
              position: "fixed", inset: "0", zIndex: "2147483647", overflow: "auto",
              background: "rgba(20, 20, 24, 0.94)", color: "#f5f5f5", padding: "2rem",
              font: "14px/1.5 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace",
            });
            overlay.id = "site-build-errors";
            overlay.setAttribute("role", "alertdialog");
            overlay.setAttribute("aria-label", "Build failed");
            const close = el("button", "×", {
              position: "absolute", top: "1rem", right: "1.5rem", font: "inherit", fontSize: "1.5rem",
              background: "none", color: "inherit", border: "0", cursor: "pointer",
            });
            close.title = "Hide (the errors come back with the next failed build)";
            close.addEventListener("click", removeOverlay);
            overlay.append(close);
            overlay.append(el("h2", "Build failed: the last good version of the site is shown", { color: "#ff6b6b", font: "inherit", fontSize: "1.1rem", margin: "0 0 1rem" }));
            overlay.append(el("p", "Fix the file below and save: the page reloads by itself.", { margin: "0 0 1.5rem", color: "#bbb" }));
            for (const error of errors) {
              const item = el("section", undefined, { margin: "0 0 1.25rem" });
              item.className = "site-build-error";
              item.append(el("div", error.headline, { color: "#ffd166", whiteSpace: "pre-wrap" }));
              if (error.source !== undefined) {
                // The caret goes under the offending character by repeating the text before it, invisibly:
                // it lines up in any font, with wide (CJK) characters and tabs. Columns count UTF-16 units, as slice does.
                const source = el("pre", error.source + "\n", { margin: "0.25rem 0 0 1.5rem", whiteSpace: "pre-wrap", color: "#ddd" });
                source.append(el("span", error.source.slice(0, Math.max((error.column || 1) - 1, 0)), { visibility: "hidden" }), "^");
                item.append(source);
              }
              overlay.append(item);
            }
            document.body.append(overlay);
          }

          function apply(status) {
            if (!status.ok) { showOverlay(status.errors); return; }
            if (status.version !== pageVersion) { location.reload(); return; }
            removeOverlay();
          }

          function connect() {
            if (source) return;
            source = new EventSource(events);
            source.addEventListener("open", () => { root.dataset.siteLive = "connected"; });
            source.addEventListener("status", (e) => apply(JSON.parse(e.data)));
            // EventSource reconnects by itself, e.g. after `serve` was restarted.
            source.addEventListener("error", () => { root.dataset.siteLive = "reconnecting"; });
          }

          function disconnect() {
            if (source) { source.close(); source = null; }
          }

          // Browsers allow about six connections per host over HTTP/1.1: background tabs let go of
          // theirs and catch up (reload if the site changed) when shown again.
          document.addEventListener("visibilitychange", () => { if (document.hidden) disconnect(); else connect(); });
          addEventListener("pagehide", disconnect);
          addEventListener("pageshow", (e) => { if (e.persisted) connect(); });
          if (!document.hidden) connect();
        })();
        """;
}
