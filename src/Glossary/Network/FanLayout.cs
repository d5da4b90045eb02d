using System.Collections.Immutable;

namespace Glossary.Network;

/// <summary>A node placed in a figure, in the units of <see cref="FanLayout"/>'s fixed view box.</summary>
public sealed record PlacedNode(NetworkNode Node, double X, double Y);

/// <summary>
/// Lays out a <see cref="Neighbourhood"/> for its page's figure, without randomness: the focus on the left, its
/// neighbours on an arc to the right, heaviest in the middle rows going outwards, one row each, so each name has its
/// own line to the right of its node and no two names collide. The view box is the same for every figure, so the
/// page reserves its space before the figure draws (no layout shift).
/// </summary>
public static class FanLayout
{
    public const int Width = 400;
    public const int Height = 360;
    public const double RowHeight = 30;
    public const double FocusX = 30;

    /// <summary>Room left of the right edge for a node's label (24 characters at 14 units), so no label is cut off.</summary>
    public const double LabelRoom = 200;

    private const double Radius = Width - LabelRoom - FocusX;

    public static (PlacedNode Focus, ImmutableArray<PlacedNode> Neighbours) Place(Neighbourhood hood)
    {
        const double centreY = Height / 2.0;
        var count = hood.Neighbours.Length;
        var rows = RowsFromTheMiddle(count);
        var placed = ImmutableArray.CreateBuilder<PlacedNode>(count);
        for (var i = 0; i < count; i++)
        {
            var dy = (rows[i] - (count - 1) / 2.0) * RowHeight;
            var x = FocusX + Math.Sqrt(Radius * Radius - dy * dy);
            placed.Add(new PlacedNode(hood.Neighbours[i].Node, Math.Round(x, 1), Math.Round(centreY + dy, 1)));
        }
        return (new PlacedNode(hood.Focus, FocusX, centreY), placed.MoveToImmutable());
    }

    /// <summary>The row of each neighbour, heaviest first: the middle row, then alternately just below and just above.</summary>
    private static int[] RowsFromTheMiddle(int count)
    {
        var rows = new int[count];
        var middle = (count - 1) / 2;
        for (var i = 0; i < count; i++)
            rows[i] = middle + (i % 2 == 1 ? (i + 1) / 2 : -(i / 2));
        return rows;
    }
}
