namespace Glossary.Network;

/// <summary>Why two pages are connected in the semantic network. Shared categories are not a kind: they make a hairball.</summary>
public enum EdgeKind
{
    /// <summary>One page links to the other in its text; weighted by the number of links.</summary>
    Link,

    /// <summary>An editor listed the other under 'related'.</summary>
    Related,

    /// <summary>A report's key finding rests on the entry.</summary>
    Finding,

    /// <summary>An explained connection written under 'relationships', with a label, a text and sources.</summary>
    Relationship,
}

public static class EdgeKinds
{
    /// <summary>Every kind, in the order lists and filters show them.</summary>
    public static IReadOnlyList<EdgeKind> All { get; } = [EdgeKind.Relationship, EdgeKind.Related, EdgeKind.Finding, EdgeKind.Link];

    /// <summary>The kind's name in share codes, data files and CSS classes.</summary>
    public static string Code(this EdgeKind kind) => kind switch
    {
        EdgeKind.Link => "link",
        EdgeKind.Related => "related",
        EdgeKind.Finding => "finding",
        _ => "relationship",
    };

    /// <summary>The theme text that names the kind (the heading of its group in a text alternative, its explorer filter).</summary>
    public static string TextKey(this EdgeKind kind) => "network_kind_" + kind.Code();

    /// <summary>What one edge of the kind adds to a connection's weight (a link adds one per link).</summary>
    public static int Weight(this EdgeKind kind) => kind switch
    {
        EdgeKind.Link => 1,
        EdgeKind.Finding => 2,
        EdgeKind.Related => 3,
        _ => 4,
    };
}
