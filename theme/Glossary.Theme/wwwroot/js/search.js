// Site search: fetches the build-time index in small pieces (manifest, one word shard per query word, document
// chunks for the results shown) and ranks results as you type. Typo tolerant (one edit for words of 5+ letters,
// two for 9+), prefix matching, result count announced. Results are ordinary links (open in a new tab, copy the
// address); the arrow keys move focus from the box into them and between them. No dependencies.
(function () {
  "use strict";
  var root = document.getElementById("search");
  if (!root || !window.glossaryTexts) return;
  var input = document.getElementById("search-input");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var form = root.querySelector("form");
  var base = root.getAttribute("data-index");
  var stop = []; // words left out of the index, so out of queries too: the manifest lists them
  var MAX_RESULTS = 10;
  var cache = {};
  var manifest = null;
  var sequence = 0;

  root.classList.add("search--js");

  var text = window.glossaryTexts(root); // the page's texts in its language (data-text.js)

  function fetchJson(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; });
    }
    return cache[path];
  }

  function words(text) {
    return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(function (w) {
      return w && (w.length > 1 || /\d/.test(w)) && stop.indexOf(w) < 0;
    });
  }

  // Edits between two words, a swap of neighbouring letters counting as one ("reveiw" is one edit from "review"):
  // Damerau-Levenshtein, optimal string alignment, as EditDistance.Between in C#. Gives up past max (returns max + 1).
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var before = [], prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var best = i;
      for (j = 1; j <= b.length; j++) {
        cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) cur[j] = Math.min(cur[j], before[j - 2] + 1);
        if (cur[j] < best) best = cur[j];
      }
      // A row's best never drops in the rows after it (a swap costs as much as the diagonal step it replaces).
      if (best > max) return max + 1;
      before = prev;
      prev = cur;
    }
    return prev[b.length];
  }

  // The typo rule: one edit for words of 5+ letters, two for 9+.
  function maxEdits(word) {
    return word.length >= 9 ? 2 : word.length >= 5 ? 1 : 0;
  }

  // For one query word: every index word it matches, with how well (1 exact, less for stem, prefix or typo matches).
  function matchWord(token, shard) {
    var matches = {};
    if (!shard) return matches;
    var exact = shard[token];
    var stem = exact ? exact[0] : null;
    var edits = maxEdits(token);
    Object.keys(shard).forEach(function (word) {
      var entryStem = shard[word][0];
      var quality = 0;
      if (word === token) quality = 1;
      else if (stem && entryStem === stem) quality = 0.9;
      else if (entryStem.length >= 4 && token.indexOf(entryStem) === 0) quality = 0.85;
      else if (word.indexOf(token) === 0) quality = 0.7 + 0.2 * token.length / word.length;
      else if (edits > 0) {
        var d = distance(token, word, edits);
        if (d <= edits) quality = 0.65 - 0.1 * (d - 1);
      }
      if (quality > 0) matches[word] = quality;
    });
    return matches;
  }

  function search(query) {
    var tokens = words(query);
    if (!tokens.length) return Promise.resolve({ tokens: [], results: [], matched: [] });
    return Promise.all(tokens.map(function (t) { return fetchJson("w-" + t.slice(0, 2) + ".json"); })).then(function (shards) {
      var started = performance.now();
      var total = null;
      var matched = [];
      tokens.forEach(function (token, i) {
        var scores = {};
        var matches = matchWord(token, shards[i]);
        Object.keys(matches).forEach(function (word) {
          matched.push(word);
          var postings = shards[i][word];
          for (var k = 1; k < postings.length; k += 2) {
            var score = postings[k + 1] * matches[word];
            if (!(postings[k] in scores) || scores[postings[k]] < score) scores[postings[k]] = score;
          }
        });
        if (total === null) total = scores;
        else {
          var both = {};
          Object.keys(total).forEach(function (doc) { if (doc in scores) both[doc] = total[doc] + scores[doc]; });
          total = both;
        }
      });
      var ranked = Object.keys(total || {}).map(function (doc) { return { doc: +doc, score: total[doc] }; });
      ranked.sort(function (a, b) { return b.score - a.score || a.doc - b.doc; });
      root.setAttribute("data-rank-ms", (performance.now() - started).toFixed(1));
      return { tokens: tokens, results: ranked, matched: matched };
    });
  }

  function loadDocuments(results) {
    var size = manifest.chunk;
    var chunks = {};
    results.forEach(function (r) { chunks[Math.floor(r.doc / size)] = true; });
    return Promise.all(Object.keys(chunks).map(function (c) {
      return fetchJson("d-" + c + ".json").then(function (docs) { return { chunk: +c, docs: docs || [] }; });
    })).then(function (loaded) {
      var byChunk = {};
      loaded.forEach(function (l) { byChunk[l.chunk] = l.docs; });
      return results.map(function (r) {
        var d = byChunk[Math.floor(r.doc / size)][r.doc % size];
        return { title: d[0], href: d[1], kind: d[2], summary: d[3] };
      });
    });
  }

  function highlight(element, text, matched) {
    var parts = text.split(/([\p{L}\p{N}]+)/u);
    parts.forEach(function (part) {
      var folded = part.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
      if (part && matched.indexOf(folded) >= 0) {
        var mark = document.createElement("mark");
        mark.textContent = part;
        element.appendChild(mark);
      } else if (part) {
        element.appendChild(document.createTextNode(part));
      }
    });
  }

  function render(query, found, docs) {
    list.textContent = "";
    docs.forEach(function (d) {
      var li = document.createElement("li");
      var link = document.createElement("a");
      link.className = "search__result";
      link.href = d.href;
      var kind = document.createElement("span");
      kind.className = "search__kind";
      kind.textContent = d.kind;
      var title = document.createElement("span");
      title.className = "search__title";
      highlight(title, d.title, found.matched);
      var snippet = document.createElement("span");
      snippet.className = "search__snippet";
      highlight(snippet, d.summary, found.matched);
      link.appendChild(kind);
      link.appendChild(title);
      link.appendChild(snippet);
      li.appendChild(link);
      list.appendChild(li);
    });
    list.hidden = docs.length === 0;
    var count = found.results.length;
    var q = query.trim();
    status.textContent = !q ? "" : count === 0 ? text("none", q)
      : text(count === 1 ? "one" : "many", String(count), q) + (count > docs.length ? text("showing", String(docs.length)) : "") + ".";
  }

  function run(query) {
    var mine = ++sequence;
    var started = performance.now();
    (manifest ? Promise.resolve(manifest) : fetchJson("manifest.json").then(function (m) { manifest = m; stop = m.stop; return m; }))
      .then(function () { return search(query); })
      .then(function (found) {
        return loadDocuments(found.results.slice(0, MAX_RESULTS)).then(function (docs) { return { found: found, docs: docs }; });
      })
      .then(function (r) {
        if (mine !== sequence) return;
        render(query, r.found, r.docs);
        root.setAttribute("data-search-ms", (performance.now() - started).toFixed(1));
      });
  }

  // Down from the box to the first result, down and up between results, up from the first (or Escape) back to the
  // box. Focus is on the link itself, so Enter opens it and the browser's own keys (new tab, copy address) work on it.
  function results() { return list.hidden ? [] : Array.prototype.slice.call(list.querySelectorAll("a")); }
  input.addEventListener("input", function () { run(input.value); });
  input.addEventListener("keydown", function (event) {
    var links = results();
    if (event.key === "ArrowDown" && links.length) { event.preventDefault(); links[0].focus(); }
  });
  list.addEventListener("keydown", function (event) {
    var links = results();
    var at = links.indexOf(document.activeElement);
    if (at < 0) return;
    if (event.key === "ArrowDown") { event.preventDefault(); links[Math.min(at + 1, links.length - 1)].focus(); }
    else if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : input).focus(); }
    else if (event.key === "Escape") { event.preventDefault(); input.focus(); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
    var query = input.value;
    openView(query).then(function (opened) { if (!opened) run(query); });
  });

  // The typo rules, for the tests (SearchTests checks them against the table EditDistanceTests checks C# against).
  window.glossarySearch = Object.freeze({ distance: distance, maxEdits: maxEdits });

  // A share code of the network explorer (11 letters, digits, - and _) that the build's table knows opens its view.
  function openView(query) {
    var code = query.trim();
    if (!/^[A-Za-z0-9_-]{11}$/.test(code)) return Promise.resolve(false);
    var shard = root.getAttribute("data-codes") + "c-" + code.charCodeAt(0).toString(16) + ".json";
    return fetch(shard).then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; }).then(function (table) {
      if (!table || !table[code]) return false;
      window.location.assign(root.getAttribute("data-network") + "#" + code);
      return true;
    });
  }

  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) {
    input.value = initial;
    openView(initial).then(function (opened) { if (!opened) run(initial); });
  }
})();
