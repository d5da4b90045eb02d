using Glossary.Content;

namespace Glossary.Linking;

/// <summary>
/// One page's related-term candidates and their scores, by document number (<see cref="NumberedLinks"/>): an array
/// indexed by number, reused by every page a thread scores, and the numbers touched, in the order first seen, which
/// are all that <see cref="Clear"/> resets. A candidate keeps the document it was first seen as.
/// </summary>
internal sealed class CandidateScores
{
    // Marks the page itself and the terms already chosen: never candidates, whatever links to them.
    private const int Excluded = int.MinValue;

    [ThreadStatic] private static CandidateScores? _ofThread;

    private int[] _scores;
    private ContentDocument?[] _documents;
    private readonly List<int> _touched = new(512);

    private CandidateScores(int size)
    {
        _scores = new int[size];
        _documents = new ContentDocument?[size];
    }

    /// <summary>The calling thread's scores, empty, for numbers below <paramref name="size"/> (more when needed).</summary>
    public static CandidateScores OfThread(int size)
    {
        var scores = _ofThread;
        if (scores is null || scores._scores.Length < size) _ofThread = scores = new CandidateScores(size);
        return scores;
    }

    /// <summary>How many candidates have a score.</summary>
    public int Count { get; private set; }

    public void Exclude(int number)
    {
        ref var score = ref At(number);
        if (score == Excluded) return;
        if (score != 0) Count--;
        else _touched.Add(number);
        score = Excluded;
    }

    /// <summary>Adds <paramref name="points"/> (more than 0) to a candidate's score, unless it is excluded.</summary>
    public void Add(int number, ContentDocument document, int points)
    {
        ref var score = ref At(number);
        if (score == Excluded) return;
        if (score == 0)
        {
            _touched.Add(number);
            _documents[number] = document;
            Count++;
        }
        score += points;
    }

    /// <summary>The candidates' numbers, in the order first seen, and the excluded ones (<see cref="IsCandidate"/> tells).</summary>
    public ReadOnlySpan<int> Touched => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_touched);

    public bool IsCandidate(int number) => _scores[number] != Excluded;

    public ref int ScoreOf(int number) => ref _scores[number];

    public ContentDocument DocumentOf(int number) => _documents[number]!;

    public void Clear()
    {
        foreach (var number in Touched)
        {
            _scores[number] = 0;
            _documents[number] = null;
        }
        _touched.Clear();
        Count = 0;
    }

    private ref int At(int number)
    {
        if (number >= _scores.Length)
        {
            Array.Resize(ref _scores, Math.Max(number + 1, _scores.Length * 2));
            Array.Resize(ref _documents, _scores.Length);
        }
        return ref _scores[number];
    }
}
