namespace Glossary.Network;

/// <summary>What a node of the semantic network is.</summary>
public enum NodeKind
{
    Entry,
    Guide,
    Report,
}
