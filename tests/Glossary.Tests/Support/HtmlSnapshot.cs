using System.Runtime.CompilerServices;
using AngleSharp.Diffing;

namespace Glossary.Tests.Support;

/// <summary>
/// Snapshot testing with Verify's conventions (Verify itself is not served by our package registry):
/// <c>Name.verified.html</c> beside the test file is the approved output; on a mismatch the new output is
/// written as <c>Name.received.html</c> (git-ignored) and the test fails with the semantic differences.
/// To approve a change, review the received file and rename it to .verified.html.
/// Comparison is semantic (AngleSharp.Diffing): insignificant whitespace and attribute order do not matter.
/// </summary>
public static class HtmlSnapshot
{
    public static void Verify(string html, string name, [CallerFilePath] string testFile = "")
    {
        html = ScrubAssetHashes(html);
        var folder = Path.GetDirectoryName(testFile)!;
        var verified = Path.Combine(folder, $"{name}.verified.html");
        var received = Path.Combine(folder, $"{name}.received.html");
        if (!File.Exists(verified))
        {
            File.WriteAllText(received, html);
            Assert.Fail($"No approved snapshot '{name}.verified.html' yet. Review {received} and rename it to .verified.html to approve it.");
        }
        var diffs = DiffBuilder.Compare(File.ReadAllText(verified)).WithTest(html).Build().ToList();
        if (diffs.Count == 0)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, html);
        var summary = string.Join("\n", diffs.Take(10).Select(Describe));
        Assert.Fail($"Snapshot '{name}' differs in {diffs.Count} place(s); see {received}\n{summary}");
    }

    /// <summary>
    /// Like Verify's scrubbers: fingerprinted asset names change whenever the CSS or JS changes, which says nothing
    /// about the page, so "/assets/site.3f2a9c01de.css" is compared as "/assets/site.HASH.css" (and the explain page's
    /// data file, named by the glossary's content, as "/explain/en.HASH.json").
    /// </summary>
    public static string ScrubAssetHashes(string html) =>
        System.Text.RegularExpressions.Regex.Replace(html, @"(/(?:assets|explain)/[a-z0-9-]+)\.[0-9a-f]{10}\.(css|js|svg|json)", "$1.HASH.$2");

    private static string Describe(AngleSharp.Diffing.Core.IDiff diff) => diff switch
    {
        AngleSharp.Diffing.Core.NodeDiff n => $"- node differs at {n.Control.Path}: expected '{Trim(n.Control.Node.TextContent)}', got '{Trim(n.Test.Node.TextContent)}'",
        AngleSharp.Diffing.Core.AttrDiff a => $"- attribute {a.Control.Path}: expected '{a.Control.Attribute.Value}', got '{a.Test.Attribute.Value}'",
        AngleSharp.Diffing.Core.MissingNodeDiff m => $"- missing {m.Control.Path}",
        AngleSharp.Diffing.Core.UnexpectedNodeDiff u => $"- unexpected {u.Test.Path}",
        AngleSharp.Diffing.Core.MissingAttrDiff m => $"- missing attribute {m.Control.Path}",
        AngleSharp.Diffing.Core.UnexpectedAttrDiff u => $"- unexpected attribute {u.Test.Path}",
        _ => "- " + diff.Result,
    };

    private static string Trim(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
