// "Explain my letter" (/explain/), the page part: fetches the data file named in data-src when the page opens, before
// anything is pasted, and nothing after; shows what explain-text.js finds in the pasted text as the reader types. The
// text is never sent, stored, or put in the address or the history; it is shown with textContent only, never as HTML.
(function () {
  "use strict";
  var root = document.getElementById("explain");
  if (!root) return;
  var tool = document.getElementById("explain-tool");
  var input = document.getElementById("explain-input");
  var button = document.getElementById("explain-button");
  var status = document.getElementById("explain-status");
  var results = document.getElementById("explain-results");
  var finder = window.glossaryExplain, data = null, prepared = null, timer = 0;

  root.classList.add("explain--js");
  tool.hidden = false;
  status.textContent = "Loading the list of terms\u2026";

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function link(href, text) {
    var a = element("a", null, text);
    a.setAttribute("href", href);
    return a;
  }

  function entryHref(term, section) {
    var href = data.entries + term[0] + "/";
    if (!section) return href;
    var id = term.length > 4 ? term[4] : data.section[1];
    return id ? href + "#" + id : null;
  }

  function plural(count, one, many) { return count + " " + (count === 1 ? one : many); }

  function show(id, list, fill) {
    var box = document.getElementById(id);
    box.hidden = !list.length;
    var target = box.querySelector("ul, ol");
    if (target) target.textContent = "";
    list.forEach(function (item) { fill(target, item); });
  }

  function render(letter) {
    if (!letter.trim()) {
      results.hidden = true;
      status.textContent = "";
      return;
    }
    var found = finder.analyse(prepared, letter);
    show("explain-next", found.denial ? data.next : [], function (list, step) {
      var li = element("li");
      li.appendChild(link(step[1], step[0]));
      li.appendChild(element("span", "link-list__description", step[2]));
      list.appendChild(li);
    });
    document.getElementById("explain-next-reason").textContent = found.denial
      ? "Your letter says \u201c" + found.denial + "\u201d. Plans write words like these when they deny or limit care. You can ask for the decision to be reviewed:"
      : "";
    show("explain-deadlines", found.deadlines, function (list, d) {
      var li = element("li");
      li.appendChild(element("strong", null, d.text));
      li.appendChild(element("span", "explain__context", "In your letter: \u201c" + d.sentence + "\u201d"));
      list.appendChild(li);
    });
    show("explain-terms", found.terms, function (list, t) {
      var li = element("li");
      li.appendChild(link(entryHref(t.term), t.term[1]));
      if (finder.upper(t.asWritten) !== finder.upper(t.term[1])) li.appendChild(element("span", "explain__as", " (your letter says \u201c" + t.asWritten + "\u201d)"));
      li.appendChild(element("span", "explain__summary", t.term[2]));
      var section = entryHref(t.term, true);
      if (section) {
        var more = link(section, data.section[0]);
        more.className = "explain__section";
        more.appendChild(element("span", "visually-hidden", ": " + t.term[1]));
        li.appendChild(more);
      }
      list.appendChild(li);
    });
    show("explain-codes", found.codes, function (list, code) {
      var li = element("li");
      li.appendChild(element("strong", null, code[0]));
      li.appendChild(document.createTextNode(": " + code[1]));
      list.appendChild(li);
    });
    renderMarked(letter, found);
    results.hidden = false;
    var parts = [plural(found.terms.length, "glossary term", "glossary terms")];
    if (found.codes.length) parts.push(plural(found.codes.length, "billing code", "billing codes"));
    if (found.deadlines.length) parts.push(plural(found.deadlines.length, "deadline", "deadlines"));
    status.textContent = "Found " + (parts.length > 1 ? parts.slice(0, -1).join(", ") + " and " + parts[parts.length - 1] : parts[0]) +
      " in your letter." + (found.denial ? " It reads like a denial: see \u201cWhat you can do now\u201d." : "");
  }

  // A read-only copy of the text: each term as a marked link to its entry, numbered as in the list.
  function renderMarked(letter, found) {
    var box = document.getElementById("explain-marked"), copy = document.createDocumentFragment(), at = 0;
    found.matches.forEach(function (m) {
      if (m.start > at) copy.appendChild(document.createTextNode(letter.slice(at, m.start)));
      var mark = element("mark", "explain__mark");
      mark.appendChild(link(entryHref(data.terms[m.item]), letter.substr(m.start, m.length)));
      mark.appendChild(element("sup", null, String(m.number)));
      copy.appendChild(mark);
      at = m.start + m.length;
    });
    if (at < letter.length) copy.appendChild(document.createTextNode(letter.slice(at)));
    box.textContent = "";
    box.appendChild(copy);
    document.getElementById("explain-copy").hidden = !found.matches.length;
  }

  function update() {
    clearTimeout(timer);
    timer = 0;
    if (data) render(input.value);
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(update, 200);
  });
  button.addEventListener("click", function () {
    if (!input.value.trim()) {
      status.textContent = "Paste the text of your letter first.";
      input.focus();
      return;
    }
    update();
    if (!results.hidden) results.focus();
  });

  fetch(root.getAttribute("data-src"), { credentials: "same-origin" })
    .then(function (response) { if (!response.ok) throw new Error(String(response.status)); return response.json(); })
    .then(function (loaded) {
      data = loaded;
      prepared = finder.prepare(data);
      status.textContent = "";
      root.setAttribute("data-ready", "true");
      update();
    })
    .catch(function () {
      status.textContent = "The list of terms could not be loaded. Reload the page to try again. Nothing you pasted was sent.";
    });
})();
