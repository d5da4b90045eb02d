// "Explain my letter", the text part: finds the glossary's terms, billing codes, deadlines and denial words in a text,
// given the page's data file, without touching the page (explain.js shows the results). Terms are matched by the
// build's auto-linking rules (TermMatcher.cs): whole words, titles in any case, abbreviations only as written, the
// longest name first. Tables of cases shared with the C# tests keep the two equal (Explain/*-cases.json).
(function () {
  "use strict";

  // Words as TermMatcher reads them: runs of letters and digits, each UTF-16 unit tested on its own (as C#'s char is),
  // joined by single hyphens or apostrophes. Returned as flat [start, length, start, length, …].
  var LETTER = /[\p{L}\p{N}]/u, SPACE = /[\p{Zs}\p{Zl}\p{Zp}\t\n\v\f\r\x85]/u, UPPER = /\p{Lu}/u, LOWER = /\p{Ll}/u;
  var kinds = new Int8Array(65536);

  function isWordChar(code) {
    var kind = kinds[code];
    if (kind === 0) kinds[code] = kind = (code < 0xd800 || code > 0xdfff) && LETTER.test(String.fromCharCode(code)) ? 1 : 2;
    return kind === 1;
  }

  function words(text) {
    var found = [], i = 0, n = text.length;
    while (i < n) {
      if (!isWordChar(text.charCodeAt(i))) { i++; continue; }
      var start = i;
      for (;;) {
        while (i < n && isWordChar(text.charCodeAt(i))) i++;
        var c = text.charAt(i);
        if (i + 1 < n && (c === "-" || c === "'" || c === "\u2019") && isWordChar(text.charCodeAt(i + 1))) { i++; continue; }
        break;
      }
      found.push(start, i - start);
    }
    return found;
  }

  // C#'s OrdinalIgnoreCase: each unit by its simple upper case, but never from outside ASCII into it (ı and ſ stay).
  function upper(text) {
    if (!/[^\x00-\x7f]/.test(text)) return text.toUpperCase();
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charAt(i), u = c.toUpperCase();
      out += u.length === 1 && !(c.charCodeAt(0) >= 128 && u.charCodeAt(0) < 128) ? u : c;
    }
    return out;
  }

  function every(text, pattern) {
    for (var i = 0; i < text.length; i++) if (!pattern.test(text.charAt(i))) return false;
    return text.length > 0;
  }

  // An alias in capitals (IOP, ICD-10-CM) matches only as written.
  function isAbbreviation(name) {
    var hasUpper = false;
    for (var i = 0; i < name.length; i++) {
      var c = name.charAt(i);
      if (LOWER.test(c)) return false;
      if (UPPER.test(c)) hasUpper = true;
    }
    return hasUpper;
  }

  // items: [{ key, names: [[name, exactCase]] }]. Returns find(text) → [{ start, length, item }], left to right, not
  // overlapping; at each word the longest name wins (then the item's key, as TermMatcher orders by slug). Names are
  // filed by their first two words (one-word names by their word), so a first word many names share costs little.
  function matcher(items) {
    var byStart = new Map();
    items.forEach(function (item, index) {
      item.names.forEach(function (pair) {
        var at = words(pair[0]), parts = [];
        for (var k = 0; k < at.length; k += 2) parts.push(pair[0].substr(at[k], at[k + 1]));
        if (!parts.length) return;
        var ups = parts.map(upper), key = ups.slice(0, 2).join(" ");
        if (!byStart.has(key)) byStart.set(key, []);
        byStart.get(key).push({ words: parts, upper: ups, exact: pair[1], item: index, key: item.key });
      });
    });
    byStart.forEach(function (list) {
      list.sort(function (a, b) { return b.words.length - a.words.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0); });
    });

    return function find(text) {
      var at = words(text), ups = [], found = [];
      function up(p) { return ups[p] === undefined ? (ups[p] = upper(text.substr(at[p], at[p + 1]))) : ups[p]; }

      function matches(i, name) {
        if (i + 2 * name.words.length > at.length) return false;
        for (var k = 0; k < name.words.length; k++) {
          var p = i + 2 * k;
          if (name.exact ? text.substr(at[p], at[p + 1]) !== name.words[k] : up(p) !== name.upper[k]) return false;
          // Words of one name are separated by white space only, not by punctuation.
          if (k > 0 && !every(text.slice(at[p - 2] + at[p - 1], at[p]), SPACE)) return false;
        }
        return true;
      }

      function first(i, candidates) {
        for (var c = 0; candidates && c < candidates.length; c++) if (matches(i, candidates[c])) return candidates[c];
        return null;
      }

      for (var i = 0; i < at.length; i += 2) {
        // Names of two words or more are longer than any one-word name, so they are tried first.
        var name = (i + 2 < at.length ? first(i, byStart.get(up(i) + " " + up(i + 2))) : null) || first(i, byStart.get(up(i)));
        if (!name) continue;
        var last = i + 2 * (name.words.length - 1);
        found.push({ start: at[i], length: at[last] + at[last + 1] - at[i], item: name.item });
        i = last;
      }
      return found;
    };
  }

  function termMatcher(data) {
    return matcher(data.terms.map(function (t) {
      return { key: t[0], names: [[t[1], false]].concat((t[3] || []).map(function (a) { return [a, isAbbreviation(a)]; })) };
    }));
  }

  // Matches of a pattern whose group 1 is what it finds, after the character before it (no lookbehind: see below).
  function groups(text, re) {
    var found = [], m;
    re.lastIndex = 0;
    while ((m = re.exec(text))) {
      if (!m[0]) { re.lastIndex++; continue; }
      found.push({ start: m.index + m[0].length - m[1].length, text: m[1] });
    }
    return found;
  }

  function deadlines(text, pattern) { return groups(text, new RegExp(pattern, "gi")); }

  // A code as a word of its own. No lookbehind here or in the deadline pattern: Safari before 16.4 cannot read it.
  var CODE = /(?:^|[^\p{L}\p{N}])([0-9]{4}[0-9FT])(?![\p{L}\p{N}])/gu;

  // What the page needs of a data file, made once: the term and denial-word matchers and the codes by number.
  function prepare(data) {
    return {
      data: data,
      terms: termMatcher(data),
      denial: matcher(data.denial.map(function (w) { return { key: w, names: [[w, false]] }; })),
      codes: new Map(data.codes.map(function (c) { return [c[0], c[1]]; })),
    };
  }

  // Everything the page shows for a text, computed without touching the page: each mention (numbered by its term's
  // first appearance), the terms in that order, the codes, the deadlines with their sentences, the first denial word.
  function analyse(prepared, text) {
    var data = prepared.data, found = prepared.terms(text), order = [], seen = {};
    found.forEach(function (m) {
      if (!(m.item in seen)) { seen[m.item] = order.length + 1; order.push({ term: data.terms[m.item], asWritten: text.substr(m.start, m.length) }); }
      m.number = seen[m.item];
    });
    var codes = [];
    groups(text, CODE).forEach(function (c) {
      if (prepared.codes.has(c.text) && !codes.some(function (known) { return known[0] === c.text; })) codes.push([c.text, prepared.codes.get(c.text)]);
    });
    var denial = prepared.denial(text);
    return {
      matches: found, terms: order, codes: codes,
      deadlines: deadlines(text, data.deadline).map(function (d) { return { text: d.text, sentence: sentence(text, d.start, d.start + d.text.length) }; }),
      denial: denial.length ? text.substr(denial[0].start, denial[0].length) : null,
    };
  }

  // The sentence (or line) around a deadline, with at most 140 characters on either side of it.
  function sentence(text, start, end) {
    var from = start, to = end;
    while (from > 0 && !/[.!?\n]/.test(text.charAt(from - 1))) from--;
    while (to < text.length && !/[.!?\n]/.test(text.charAt(to))) to++;
    if (/[.!?]/.test(text.charAt(to))) to++;
    var before = text.slice(from, start), after = text.slice(end, to);
    if (before.length > 140) before = "\u2026" + before.slice(-140).replace(/^\S*\s/, "");
    if (after.length > 140) after = after.slice(0, 140).replace(/\s\S*$/, "") + "\u2026";
    return (before + text.slice(start, end) + after).replace(/\s+/g, " ").trim();
  }

  window.glossaryExplain = {
    prepare: prepare,
    analyse: analyse,
    upper: upper,
    // For the shared tables: [start, length, slug] of each mention, and the text of each deadline.
    findTerms: function (data, text) {
      return termMatcher(data)(text).map(function (m) { return [m.start, m.length, data.terms[m.item][0]]; });
    },
    deadlines: function (data, text) { return deadlines(text, data.deadline).map(function (d) { return d.text; }); },
  };
})();
