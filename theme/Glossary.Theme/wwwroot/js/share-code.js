// Share codes of network views, exactly as ShareCode and NetworkView compute them in C#: the first 66 bits of the
// SHA-256 of the canonical view "v1|ids|depth|kinds" (UTF-8), in base64url. SHA-256 is written out here because
// crypto.subtle exists only on secure pages and only asynchronously. Checked against share-code-cases.json.
(function () {
  "use strict";
  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
    0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
    0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
    0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];

  function sha256(bytes) {
    var length = bytes.length;
    var padded = new Uint8Array(((length + 9 + 63) >> 6) << 6);
    padded.set(bytes);
    padded[length] = 0x80;
    var view = new DataView(padded.buffer);
    view.setUint32(padded.length - 8, Math.floor(length / 0x20000000));
    view.setUint32(padded.length - 4, (length << 3) >>> 0);
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = new Uint32Array(64);
    for (var block = 0; block < padded.length; block += 64) {
      for (var i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
      for (i = 16; i < 64; i++) {
        var a15 = w[i - 15], a2 = w[i - 2];
        var s0 = ror(a15, 7) ^ ror(a15, 18) ^ (a15 >>> 3);
        var s1 = ror(a2, 17) ^ ror(a2, 19) ^ (a2 >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) >>> 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (i = 0; i < 64; i++) {
        var t1 = (k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) >>> 0;
        var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
        k = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
      }
      h = [h[0] + a, h[1] + b, h[2] + c, h[3] + d, h[4] + e, h[5] + f, h[6] + g, h[7] + k].map(function (x) { return x >>> 0; });
    }
    var out = new Uint8Array(32);
    var outView = new DataView(out.buffer);
    h.forEach(function (x, j) { outView.setUint32(j * 4, x); });
    return out;
  }

  function ror(x, n) { return (x >>> n) | (x << (32 - n)); }

  var ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

  function shareCode(canonical) {
    var hash = sha256(new TextEncoder().encode(canonical));
    var code = "";
    for (var i = 0; i < 9; i += 3) {
      var n = (hash[i] << 16) | (hash[i + 1] << 8) | hash[i + 2];
      code += ALPHABET[(n >> 18) & 63] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
    }
    return code.slice(0, 11);
  }

  var KINDS = ["finding", "link", "related", "relationship"]; // sorted, as in a canonical view

  function canonical(view) {
    var focus = view.focus.slice().filter(function (id, i, all) { return all.indexOf(id) === i; }).sort(ordinal);
    var kinds = view.kinds.slice().sort(ordinal);
    return "v1|" + focus.join(",") + "|" + view.depth + "|" + (kinds.length === KINDS.length ? "all" : kinds.join(","));
  }

  function parse(text) {
    var parts = String(text).split("|");
    if (parts.length !== 4 || parts[0] !== "v1" || !parts[1] || (parts[2] !== "1" && parts[2] !== "2")) return null;
    var kinds = parts[3] === "all" ? KINDS.slice() : parts[3].split(",");
    if (kinds.some(function (k) { return KINDS.indexOf(k) < 0; })) return null;
    return { focus: parts[1].split(","), depth: Number(parts[2]), kinds: kinds };
  }

  function ordinal(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  function isCode(text) { return /^[A-Za-z0-9_-]{11}$/.test(text); }

  window.glossaryShareCode = Object.freeze({ of: shareCode, canonical: canonical, parse: parse, isCode: isCode, kinds: KINDS });
})();
