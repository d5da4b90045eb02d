// Term previews: hovering (with a mouse) or focusing a link to a glossary entry shows the entry's summary in a
// small card. The summary is already the link's accessible description (aria-describedby), so the card is visual
// only (aria-hidden). Touch taps just follow the link. Without JavaScript nothing changes.
(function () {
  "use strict";
  var card = null;
  var current = null;

  function summaryOf(link) {
    var id = link.getAttribute("aria-describedby");
    var source = id && document.getElementById(id);
    return source ? source.textContent.trim() : "";
  }

  function show(link) {
    var text = summaryOf(link);
    if (!text) return;
    if (!card) {
      card = document.createElement("div");
      card.className = "term-card";
      card.setAttribute("aria-hidden", "true");
      document.body.appendChild(card);
    }
    card.textContent = text;
    card.hidden = false;
    current = link;
    var rect = link.getBoundingClientRect();
    var width = Math.min(320, document.documentElement.clientWidth - 16);
    var left = Math.max(8, Math.min(rect.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
    card.style.width = width + "px";
    card.style.left = left + "px";
    card.style.top = rect.bottom + window.scrollY + 6 + "px";
  }

  function hide(link) {
    if (card && (!link || link === current)) {
      card.hidden = true;
      current = null;
    }
  }

  function termLink(target) {
    return target && target.closest ? target.closest("a.term-link[aria-describedby]") : null;
  }

  document.addEventListener("pointerover", function (event) {
    if (event.pointerType !== "mouse") return;
    var link = termLink(event.target);
    if (link) show(link);
  });
  document.addEventListener("pointerout", function (event) {
    var link = termLink(event.target);
    if (link && !link.contains(event.relatedTarget) && document.activeElement !== link) hide(link);
  });
  document.addEventListener("focusin", function (event) {
    var link = termLink(event.target);
    if (link) show(link);
  });
  document.addEventListener("focusout", function (event) {
    var link = termLink(event.target);
    if (link) hide(link);
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide(null);
  });
})();
