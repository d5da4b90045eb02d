// The texts a page gives its scripts in its language: data-text-* attributes of one element, with {0}, {1}… replaced
// in order. glossaryTexts(element) returns the reader: text("none", query). Loaded on every page before the others.
(function () {
  "use strict";
  window.glossaryTexts = function (root) {
    return function (name) {
      var values = Array.prototype.slice.call(arguments, 1);
      return root.getAttribute("data-text-" + name).replace(/\{(\d)\}/g, function (_, i) { return values[+i]; });
    };
  };
})();
