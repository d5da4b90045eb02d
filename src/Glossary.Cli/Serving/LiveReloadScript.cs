namespace Glossary.Cli.Serving;

/// <summary>
/// The small script the preview server adds to every page (and only there): it listens for server-sent events,
/// reloads the page after a successful rebuild, and shows the build's problems in an overlay while the last good
/// page stays on screen.
/// </summary>
public static class LiveReloadScript
{
    public const string Path = "/__glossary/live.js";
    public const string EventsPath = "/__glossary/events";
    public const string Tag = "<script src=\"" + Path + "\" defer></script>";

    public const string Source = """
        (function () {
          "use strict";
          var source = new EventSource("/__glossary/events");
          var version = null;
          function overlay(problems) {
            var box = document.getElementById("glossary-overlay");
            if (!problems.length) { if (box) box.remove(); return; }
            if (!box) {
              box = document.createElement("section");
              box.id = "glossary-overlay";
              box.setAttribute("role", "alert");
              box.setAttribute("aria-label", "Build problems");
              box.style.cssText = "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:1000;background:#fff;color:#0b0c0c;border-top:6px solid #d4351c;padding:1rem;font:16px/1.4 system-ui,sans-serif;box-shadow:0 -4px 12px rgba(0,0,0,.3)";
              document.body.appendChild(box);
            }
            box.textContent = "";
            var title = document.createElement("h2");
            title.textContent = "The last edit has problems; this is the last good version.";
            box.appendChild(title);
            var list = document.createElement("ul");
            problems.forEach(function (p) {
              var item = document.createElement("li");
              var where = document.createElement("code");
              where.textContent = p.location;
              item.appendChild(where);
              item.appendChild(document.createTextNode(" " + p.code + ": " + p.message + (p.hint ? " (" + p.hint + ")" : "")));
              list.appendChild(item);
            });
            box.appendChild(list);
          }
          source.addEventListener("state", function (event) {
            var state = JSON.parse(event.data);
            if (version !== null && state.version !== version) { window.location.reload(); return; }
            version = state.version;
            overlay(state.problems);
          });
        })();
        """;
}
