using Glossary.Content;

namespace Glossary.Network;

/// <summary>
/// One connection between two nodes (by index). Links, related and findings are undirected, From &lt; To; a
/// relationship keeps the direction its editor wrote and carries its <see cref="Relationship"/> (label, text, sources).
/// </summary>
public sealed record NetworkEdge(int From, int To, EdgeKind Kind, int Weight, Relationship? Relationship = null)
{
    public int Other(int node) => node == From ? To : From;
}
