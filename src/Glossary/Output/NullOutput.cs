namespace Glossary.Output;

/// <summary>A sink that keeps nothing: 'glossary check' builds and checks every page without writing or holding it.</summary>
public sealed class NullOutput : IOutputSink
{
    public static NullOutput Instance { get; } = new();

    public void Expect(IReadOnlyCollection<string> paths)
    {
    }

    public void Add(OutputFile file)
    {
    }
}
