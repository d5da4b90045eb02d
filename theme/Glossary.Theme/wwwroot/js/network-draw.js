// Draws a neighbourhood of the semantic network into the explorer's SVG: the chosen pages in the middle, one ring per
// step out, each ring in title order (no randomness: the same view always looks the same). Nodes are links: the arrow
// keys move between them, Enter opens one. Pan and zoom by pointer (drag, wheel), touch (drag, pinch) and keyboard
// (+, -, 0, Shift with the arrows); nothing is animated, so prefers-reduced-motion has nothing to stop.
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var RINGS = [0, 170, 280];
  var SIZE = 640;

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function place(rings) {
    var at = {};
    rings.forEach(function (ring, level) {
      var r = level === 0 && ring.length === 1 ? 0 : level === 0 ? 60 : RINGS[level];
      ring.forEach(function (index, i) {
        var angle = (2 * Math.PI * i) / ring.length - Math.PI / 2;
        at[index] = { x: Math.round(r * Math.cos(angle) * 10) / 10, y: Math.round(r * Math.sin(angle) * 10) / 10, level: level };
      });
    });
    return at;
  }

  function shape(kind, p, parent) {
    if (kind === "entry") return el("circle", { cx: p.x, cy: p.y, r: p.level === 0 ? 12 : 8 }, parent);
    var d = kind === "guide" ? [[-8, -8], [8, -8], [8, 8], [-8, 8]] : [[0, -10], [10, 0], [0, 10], [-10, 0]];
    return el("polygon", { points: d.map(function (c) { return (p.x + c[0]) + "," + (p.y + c[1]); }).join(" ") }, parent);
  }

  function label(title) { return title.length <= 22 ? title : title.slice(0, 21).trim() + "\u2026"; }

  function draw(svg, graph, hood) {
    while (svg.firstChild) svg.removeChild(svg.firstChild);
    var at = place(hood.rings);
    var edges = el("g", { "class": "network-svg__edges", "aria-hidden": "true" }, svg);
    hood.edges.forEach(function (e) {
      el("line", { "class": "network-edge network-edge--" + graph.kinds[e[2]], x1: at[e[0]].x, y1: at[e[0]].y, x2: at[e[1]].x, y2: at[e[1]].y,
        "stroke-width": Math.min(1 + e[3] / 2, 5) }, edges);
    });
    var order = [].concat.apply([], hood.rings);
    order.forEach(function (index) {
      var node = graph.nodes[index], p = at[index];
      // The full title (the label may be cut short) with what the node is, as an SVG title: its accessible name.
      var a = el("a", { href: node[2], "class": "network-node network-node--" + node[3] + (p.level === 0 ? " network-node--focus" : ""), "data-index": index }, svg);
      el("title", {}, a).textContent = node[1] + " (" + node[3] + (p.level === 0 ? ", chosen" : ", " + p.level + (p.level === 1 ? " step" : " steps") + " away") + ")";
      shape(node[3], p, a);
      var text = el("text", { x: p.x, y: p.y + (p.level === 0 ? 28 : 22), "text-anchor": "middle" }, a);
      text.textContent = label(node[1]);
    });
    return order.length;
  }

  function pannable(svg, controls) {
    var box = { x: -SIZE / 2, y: -SIZE / 2, w: SIZE, h: SIZE };
    var pointers = {}, last = null;
    function apply() { svg.setAttribute("viewBox", [box.x, box.y, box.w, box.h].map(function (n) { return Math.round(n); }).join(" ")); }
    function zoom(factor) {
      var w = Math.min(Math.max(box.w / factor, SIZE / 4), SIZE * 4);
      box.x += (box.w - w) / 2; box.y += (box.h - w) / 2; box.w = box.h = w; apply();
    }
    function pan(dx, dy) { box.x += dx * box.w / SIZE; box.y += dy * box.h / SIZE; apply(); }
    function reset() { box = { x: -SIZE / 2, y: -SIZE / 2, w: SIZE, h: SIZE }; apply(); }
    function scale() { var r = svg.getBoundingClientRect(); return r.width ? box.w / r.width : 1; }
    function spread() { var p = Object.keys(pointers).map(function (k) { return pointers[k]; }); return p.length < 2 ? 0 : Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y); }
    svg.addEventListener("pointerdown", function (event) {
      if (event.target.closest && event.target.closest("a")) return;
      pointers[event.pointerId] = { x: event.clientX, y: event.clientY };
      svg.setPointerCapture(event.pointerId);
      last = spread();
    });
    svg.addEventListener("pointermove", function (event) {
      var before = pointers[event.pointerId];
      if (!before) return;
      var now = { x: event.clientX, y: event.clientY };
      pointers[event.pointerId] = now;
      if (Object.keys(pointers).length > 1) { var s = spread(); if (last) zoom(s / last); last = s; return; }
      var k = scale();
      box.x -= (now.x - before.x) * k; box.y -= (now.y - before.y) * k; apply();
    });
    function release(event) { delete pointers[event.pointerId]; last = spread(); }
    svg.addEventListener("pointerup", release);
    svg.addEventListener("pointercancel", release);
    svg.addEventListener("wheel", function (event) { event.preventDefault(); zoom(event.deltaY < 0 ? 1.2 : 1 / 1.2); }, { passive: false });
    controls.zoomIn.addEventListener("click", function () { zoom(1.25); });
    controls.zoomOut.addEventListener("click", function () { zoom(0.8); });
    controls.reset.addEventListener("click", reset);
    svg.addEventListener("keydown", function (event) {
      var nodes = Array.prototype.slice.call(svg.querySelectorAll("a"));
      var i = nodes.indexOf(document.activeElement);
      var step = { ArrowLeft: [-40, 0], ArrowRight: [40, 0], ArrowUp: [0, -40], ArrowDown: [0, 40] }[event.key];
      if (step && event.shiftKey) pan(step[0], step[1]);
      else if (step && i >= 0) nodes[(i + (step[0] + step[1] > 0 ? 1 : nodes.length - 1)) % nodes.length].focus();
      else if (event.key === "Enter" && i >= 0) window.location.assign(nodes[i].getAttribute("href"));
      else if (event.key === "Home" && nodes.length) nodes[0].focus();
      else if (event.key === "End" && nodes.length) nodes[nodes.length - 1].focus();
      else if (event.key === "+" || event.key === "=") zoom(1.25);
      else if (event.key === "-") zoom(0.8);
      else if (event.key === "0") reset();
      else return;
      event.preventDefault();
    });
    apply();
    return { reset: reset };
  }

  window.glossaryNetworkDraw = Object.freeze({ draw: draw, pannable: pannable });
})();
