using System.Text;

namespace Glossary.Output;

/// <summary>
/// The HTTP headers every host should send: a strict Content-Security-Policy (everything from the site itself, no
/// inline script), the usual hardening headers, forever-caching for fingerprinted assets and revalidation for pages.
/// Written to <c>_headers</c> (Netlify and other hosts read it); <c>netlify.toml</c> repeats them and a test keeps the two equal.
/// </summary>
public static class SiteHeaders
{
    /// <summary>The file hosts read the rules from, at the root of the output.</summary>
    public const string FileName = "_headers";

    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>Path pattern ("/*" for everything, "/assets/*" for a folder) and the headers for it, in order.</summary>
    public static IReadOnlyList<(string Pattern, IReadOnlyList<(string Name, string Value)> Headers)> Rules { get; } =
    [
        ("/*",
        [
            ("Content-Security-Policy", ContentSecurityPolicy),
            ("X-Content-Type-Options", "nosniff"),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "strict-origin-when-cross-origin"),
            ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"),
            ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
            ("Cache-Control", "public, max-age=0, must-revalidate"),
        ]),
        ("/assets/*",
        [
            ("Cache-Control", "public, max-age=31536000, immutable"),
        ]),
    ];

    /// <summary>The rules in Netlify's <c>_headers</c> format.</summary>
    public static string ToHeadersFile()
    {
        var sb = new StringBuilder("# Written by glossary build. The same headers are in netlify.toml.\n");
        foreach (var (pattern, headers) in Rules)
        {
            sb.Append(pattern).Append('\n');
            foreach (var (name, value) in headers) sb.Append("  ").Append(name).Append(": ").Append(value).Append('\n');
        }
        return sb.ToString();
    }

    /// <summary>Reads a <c>_headers</c> file back (used by the preview server, so local pages run under the same policy).</summary>
    public static IReadOnlyList<(string Pattern, List<(string Name, string Value)> Headers)> Parse(string text)
    {
        var rules = new List<(string, List<(string, string)>)>();
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (!char.IsWhiteSpace(line[0])) rules.Add((line.Trim(), []));
            else if (rules.Count > 0 && line.IndexOf(':') is var colon and > 0)
                rules[^1].Item2.Add((line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
        return rules;
    }

    /// <summary>Whether a Netlify-style pattern ("/*", "/assets/*", "/about/") matches a request path.</summary>
    public static bool Matches(string pattern, string path) =>
        pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : path == pattern;
}
