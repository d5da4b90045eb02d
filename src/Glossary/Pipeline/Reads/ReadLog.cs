using System.Collections.Concurrent;
using System.Collections.Immutable;
using Glossary.Content;

namespace Glossary.Pipeline;

/// <summary>
/// Records what each output reads of other documents while it is made (see <see cref="Read"/>), so an update can
/// find the outputs an edit reaches without a second copy of the rules that made them. A producer makes each output
/// inside <see cref="Record{T}"/>; what it shows of another document it notes with <see cref="Shown"/> (the views
/// do it where they read a document's current parse); the link graph notes its reads through <see cref="LinksRead"/>;
/// an output that names another by its content's hash notes that with <see cref="Names"/>.
/// Reads are noted on the thread that makes the output, and only inside <see cref="Record{T}"/>: elsewhere, and in a
/// build that keeps nothing for an update, noting costs a null check.
/// </summary>
public sealed class ReadLog
{
    [ThreadStatic] private static List<Read>? t_reads;

    private readonly ConcurrentDictionary<string, ImmutableArray<Read>> _byOutput = new(StringComparer.Ordinal);

    /// <summary>What each output read, by its site path ("/glossary/iop/", "/feed.xml").</summary>
    public IReadOnlyDictionary<string, ImmutableArray<Read>> ByOutput => _byOutput;

    /// <summary>Makes an output with <paramref name="make"/>, recording what it reads into <paramref name="log"/> (when there is one).</summary>
    public static T Record<T>(ReadLog? log, string output, Func<T> make)
    {
        if (log is null) return make();
        var outer = t_reads;
        var reads = t_reads = [];
        try
        {
            return make();
        }
        finally
        {
            t_reads = outer;
            log._byOutput[output] = [.. reads.Distinct()];
        }
    }

    /// <summary>The output being made shows <paramref name="document"/> as a link or list item.</summary>
    public static void Shown(ContentDocument document) => t_reads?.Add(Read.Shown(document));

    /// <summary>The output being made read the headings of <paramref name="document"/>, and their ids.</summary>
    public static void HeadingsRead(ContentDocument document) => t_reads?.Add(Read.Headings(document));

    /// <summary>The output being made read the edges of <paramref name="document"/> in the semantic network.</summary>
    public static void ConnectionsRead(ContentDocument document) => t_reads?.Add(Read.Connections(document));

    /// <summary>
    /// The output being made names <paramref name="output"/> by its content (a file name with a hash of it), so it read
    /// whatever that one read. <paramref name="output"/> must be made first, into this log.
    /// </summary>
    public void Names(string output)
    {
        if (t_reads is not { } current) return;
        if (!_byOutput.TryGetValue(output, out var named)) throw new InvalidOperationException($"'{output}' must be made before an output that names it");
        current.AddRange(named);
    }

    /// <summary>The output being made read a list of the link graph: the links from <paramref name="document"/>, or to it.</summary>
    public static void LinksRead(ContentDocument document, bool inbound) =>
        t_reads?.Add(inbound ? Read.LinksTo(document) : Read.LinksFrom(document));
}
