namespace Glossary.Lints;

/// <summary>
/// Whether a source's address is a primary source: the text of a statute or regulation, or a regulator's own page.
/// Government sites (.gov, .mil) qualify, and the Legal Information Institute's copies of the U.S. Code and the CFR.
/// </summary>
public static class PrimarySources
{
    private static readonly string[] LawTextHosts = ["law.cornell.edu"];

    public static bool IsPrimary(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return false;
        var host = uri.IdnHost.ToLowerInvariant();
        return host.EndsWith(".gov", StringComparison.Ordinal) || host.EndsWith(".mil", StringComparison.Ordinal)
            || LawTextHosts.Any(h => host == h || host.EndsWith("." + h, StringComparison.Ordinal));
    }
}
