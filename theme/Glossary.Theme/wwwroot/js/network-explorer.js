// The explorer at /network/: choose pages with a combobox, a depth (1 or 2 steps) and kinds of connection; the view
// is drawn by network-draw.js and its share code (share-code.js) is kept in the address, so a copied link brings it
// back. #code alone is looked up in the build's table of codes; a custom view's address also carries the view itself
// (#code&v1|ids|depth|kinds). A code the table does not know, or naming pages that are gone, says so and offers a way on.
// It reads the pages first (for the combobox and codes), then only the edges of the pages a view shows.
(function () {
  "use strict";
  var root = document.getElementById("explorer");
  if (!root || !window.glossaryShareCode || !window.glossaryNetworkDraw || !window.glossaryTexts) return;
  var codes = window.glossaryShareCode, drawing = window.glossaryNetworkDraw;
  var $ = function (id) { return document.getElementById(id); };
  var input = $("explorer-input"), options = $("explorer-options"), chosen = $("explorer-chosen"), message = $("explorer-message");
  var svg = $("explorer-svg"), caption = $("explorer-caption");
  var MAX = [0, 24, 36]; // nodes per ring at most, heaviest first
  var graph = null, byId = {}, adjacency = {}, shards = {};
  var view = { focus: [], depth: 1, kinds: codes.kinds.slice() };
  var shown = 0; // the latest view asked for: a slower fetch for an older one draws nothing
  var text = window.glossaryTexts(root); // the page's texts in its language (data-text.js)
  var data = root.getAttribute("data-network");

  function fetchJson(url) { return fetch(url).then(function (r) { return r.ok ? r.json() : null; }).catch(function () { return null; }); }

  // The pages (nodes.json: [id, title, href, kind] in title order) come first; their edges come in shards of
  // graph.perShard pages, fetched for the pages a view shows (its chosen pages, then each ring), once each.
  function load(nodes) {
    graph = nodes;
    nodes.nodes.forEach(function (n, i) { byId[n[0]] = i; });
    root.hidden = false;
    drawing.pannable(svg, { zoomIn: $("explorer-zoom-in"), zoomOut: $("explorer-zoom-out"), reset: $("explorer-reset") });
    restore();
    window.addEventListener("hashchange", restore);
  }

  function edgesOf(indices) {
    var wanted = {};
    indices.forEach(function (i) { wanted[Math.floor(i / graph.perShard)] = true; });
    return Promise.all(Object.keys(wanted).map(function (shard) {
      if (!shards[shard]) shards[shard] = fetchJson(data + "e-" + shard + ".json").then(function (edges) {
        (edges || []).forEach(function (e) {
          [e[0], e[1]].forEach(function (end, k) {
            if (Math.floor(end / graph.perShard) !== Number(shard) || (k === 1 && e[1] === e[0])) return;
            (adjacency[end] = adjacency[end] || []).push(e);
          });
        });
      });
      return shards[shard];
    }));
  }

  // The rings of a view: the chosen pages, then each step out, heaviest first (ties by title: the node order), and
  // the edges between them in the graph's order (by their ends, kind and label).
  function neighbourhood() {
    var allowed = view.kinds.map(function (k) { return graph.kinds.indexOf(k); });
    var level = {}, rings = [view.focus.map(function (id) { return byId[id]; })];
    rings[0].forEach(function (i) { level[i] = 0; });
    function ring(depth) {
      var weight = {};
      rings[depth - 1].forEach(function (from) {
        (adjacency[from] || []).forEach(function (e) {
          if (allowed.indexOf(e[2]) < 0) return;
          var other = e[0] === from ? e[1] : e[0];
          if (level[other] === undefined) weight[other] = (weight[other] || 0) + e[3];
        });
      });
      var next = Object.keys(weight).map(Number).sort(function (a, b) { return weight[b] - weight[a] || a - b; }).slice(0, MAX[depth]);
      next.sort(function (a, b) { return a - b; }).forEach(function (i) { level[i] = depth; });
      rings.push(next);
      return edgesOf(next);
    }
    var steps = edgesOf(rings[0]);
    for (var depth = 1; depth <= view.depth; depth++) steps = steps.then(ring.bind(null, depth));
    return steps.then(function () {
      var seen = {}, edges = [];
      Object.keys(level).forEach(function (i) {
        (adjacency[i] || []).forEach(function (e) {
          var key = e.join("|");
          if (seen[key] || allowed.indexOf(e[2]) < 0 || level[e[0]] === undefined || level[e[1]] === undefined || e[0] === e[1]) return;
          seen[key] = true; edges.push(e);
        });
      });
      edges.sort(function (a, b) {
        return Math.min(a[0], a[1]) - Math.min(b[0], b[1]) || Math.max(a[0], a[1]) - Math.max(b[0], b[1]) || a[2] - b[2] || a[0] - b[0]
          || ((a[4] || "") < (b[4] || "") ? -1 : (a[4] || "") > (b[4] || "") ? 1 : 0);
      });
      return { rings: rings, edges: edges };
    });
  }

  function isDefault() { return view.focus.length === 1 && view.depth === 1 && view.kinds.length === codes.kinds.length; }

  function show(updateAddress) {
    chosen.textContent = "";
    view.focus.forEach(function (id) {
      var li = document.createElement("li"), button = document.createElement("button");
      button.type = "button"; button.className = "explorer__remove";
      button.textContent = text("remove", graph.nodes[byId[id]][1]);
      button.addEventListener("click", function () { view.focus = view.focus.filter(function (f) { return f !== id; }); show(true); input.focus(); });
      li.appendChild(button); chosen.appendChild(li);
    });
    root.querySelectorAll("input[name=depth]").forEach(function (r) { r.checked = Number(r.value) === view.depth; });
    root.querySelectorAll("input[name=kind]").forEach(function (c) { c.checked = view.kinds.indexOf(c.value) >= 0; });
    var asked = ++shown;
    if (!view.focus.length) { svg.textContent = ""; caption.textContent = text("choose"); return; }
    var canonical = codes.canonical(view), code = codes.of(canonical);
    if (updateAddress) history.replaceState(null, "", "#" + code + (isDefault() ? "" : "&" + encodeURIComponent(canonical)));
    neighbourhood().then(function (hood) {
      if (asked !== shown) return;
      var count = drawing.draw(svg, graph, hood);
      var names = view.focus.map(function (id) { return graph.nodes[byId[id]][1]; }).join(", ");
      caption.textContent = text(view.depth === 1 ? "within-one" : "within-two", names, String(count - view.focus.length), code);
      root.setAttribute("data-code", code);
    });
  }

  function say(words, withWayBack) {
    message.textContent = words;
    if (!withWayBack) return;
    var back = document.createElement("a");
    back.href = "#network-all-heading"; back.textContent = text("browse");
    message.appendChild(document.createTextNode(" ")); message.appendChild(back);
  }

  function apply(next, code) {
    var missing = next.focus.filter(function (id) { return byId[id] === undefined; });
    if (missing.length) {
      say(text("stale", code, missing.join(", ")), true);
      view.focus = []; show(false); return;
    }
    say("", false);
    view = next; show(false);
  }

  function restore() {
    var hash = decodeURIComponent(location.hash.slice(1));
    var at = hash.indexOf("&"), code = at < 0 ? hash : hash.slice(0, at);
    if (!codes.isCode(code)) { if (!hash) show(false); return; }
    if (at >= 0) {
      var carried = codes.parse(hash.slice(at + 1));
      if (carried) { apply(carried, code); return; }
    }
    var shard = root.getAttribute("data-codes") + "c-" + code.charCodeAt(0).toString(16) + ".json";
    fetchJson(shard).then(function (table) {
      var canonical = table && table[code];
      var found = canonical && codes.parse(canonical);
      if (found) apply(found, code);
      else { say(text("unknown", code), true); view.focus = []; show(false); }
    });
  }

  // The combobox: type to filter, arrow keys to move, Enter to add the active page to the view, Escape to close.
  var matches = [], active = -1;
  function fold(text) { return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase(); }
  function renderOptions() {
    options.textContent = "";
    matches.forEach(function (index, i) {
      var li = document.createElement("li");
      li.id = "explorer-option-" + i; li.setAttribute("role", "option"); li.className = "explorer__option";
      li.setAttribute("aria-selected", i === active ? "true" : "false");
      li.textContent = graph.nodes[index][1];
      li.addEventListener("mousedown", function (event) { event.preventDefault(); choose(index); });
      options.appendChild(li);
    });
    options.hidden = !matches.length;
    input.setAttribute("aria-expanded", matches.length ? "true" : "false");
    if (active >= 0) input.setAttribute("aria-activedescendant", "explorer-option-" + active); else input.removeAttribute("aria-activedescendant");
  }
  function choose(index) {
    var id = graph.nodes[index][0];
    if (view.focus.indexOf(id) < 0) view.focus = view.focus.concat([id]);
    input.value = ""; matches = []; active = -1; renderOptions(); say("", false); show(true);
  }
  input.addEventListener("input", function () {
    var q = fold(input.value.trim());
    matches = [];
    if (q) graph.nodes.forEach(function (n, i) { if (matches.length < 10 && fold(n[1]).indexOf(q) >= 0) matches.push(i); });
    active = matches.length ? 0 : -1; renderOptions();
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown" && matches.length) active = (active + 1) % matches.length;
    else if (event.key === "ArrowUp" && matches.length) active = (active + matches.length - 1) % matches.length;
    else if (event.key === "Enter" && active >= 0) choose(matches[active]);
    else if (event.key === "Escape") { matches = []; active = -1; }
    else return;
    event.preventDefault(); renderOptions();
  });
  input.addEventListener("blur", function () { matches = []; active = -1; renderOptions(); });

  root.querySelectorAll("input[name=depth]").forEach(function (r) { r.addEventListener("change", function () { view.depth = Number(r.value); show(true); }); });
  root.querySelectorAll("input[name=kind]").forEach(function (c) {
    c.addEventListener("change", function () {
      var kinds = Array.prototype.filter.call(root.querySelectorAll("input[name=kind]"), function (k) { return k.checked; }).map(function (k) { return k.value; });
      if (!kinds.length) { c.checked = true; say(text("keep-kind"), false); return; }
      view.kinds = kinds; show(true);
    });
  });
  $("explorer-copy").addEventListener("click", function () {
    var address = location.href;
    var done = function () { say(text("copied", address), false); };
    if (navigator.clipboard) navigator.clipboard.writeText(address).then(done, function () { say(text("copy-this", address), false); });
    else say(text("copy-this", address), false);
  });

  fetchJson(data + "nodes.json").then(function (nodes) { if (nodes) load(nodes); });
})();
