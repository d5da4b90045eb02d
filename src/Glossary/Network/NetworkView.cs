using System.Collections.Immutable;

namespace Glossary.Network;

/// <summary>
/// What the explorer shows: the focus nodes (by <see cref="NetworkNode.Id"/>), how far out (1 or 2 steps) and which
/// kinds of edge. <see cref="Canonical"/> writes it one way only, and its <see cref="ShareCode"/> comes from that text.
/// </summary>
public sealed record NetworkView
{
    public NetworkView(IEnumerable<string> focus, int depth = 1, IEnumerable<EdgeKind>? kinds = null)
    {
        if (depth is not (1 or 2)) throw new ArgumentOutOfRangeException(nameof(depth), depth, "a view's depth is 1 or 2");
        Focus = [.. focus.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        Depth = depth;
        Kinds = [.. (kinds ?? EdgeKinds.All).Distinct().OrderBy(k => k.Code(), StringComparer.Ordinal)];
    }

    public ImmutableArray<string> Focus { get; }

    public int Depth { get; }

    /// <summary>The kinds of edge shown, sorted by code.</summary>
    public ImmutableArray<EdgeKind> Kinds { get; }

    /// <summary>The view of one node as its page's figure links to it: depth 1, every kind.</summary>
    public static NetworkView Default(string id) => new([id]);

    /// <summary>"v1|id,id|depth|kinds", with "all" for every kind: the text a share code hashes.</summary>
    public string Canonical =>
        $"v1|{string.Join(',', Focus)}|{(Depth == 1 ? "1" : "2")}|{(Kinds.Length == EdgeKinds.All.Count ? "all" : string.Join(',', Kinds.Select(k => k.Code())))}";

    public string Code => ShareCode.Of(Canonical);

    /// <summary>The view a canonical text describes, or null when it is not one (another version, an unknown kind).</summary>
    public static NetworkView? Parse(string canonical)
    {
        var parts = canonical.Split('|');
        if (parts is not ["v1", var focus, "1" or "2", var kinds] || focus.Length == 0) return null;
        var kindList = new List<EdgeKind>();
        if (kinds != "all")
            foreach (var code in kinds.Split(','))
            {
                var known = EdgeKinds.All.Where(k => k.Code() == code).ToList();
                if (known.Count == 0) return null;
                kindList.Add(known[0]);
            }
        return new NetworkView(focus.Split(','), parts[2] == "1" ? 1 : 2, kinds == "all" ? null : kindList);
    }

    public bool Equals(NetworkView? other) => other is not null && Canonical == other.Canonical;

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Canonical);
}
