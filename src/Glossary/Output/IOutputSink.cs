namespace Glossary.Output;

/// <summary>
/// Where a build puts its files as it makes them (see <see cref="Pipeline.SitePipeline.Build(Pipeline.SiteInput, Pipeline.BuildOptions, IOutputSink)"/>):
/// a staging folder on disk, so 10,000 pages need not wait in memory for the last one. <see cref="Add"/> is called
/// from several threads at once. The sink publishes nothing by itself: the caller commits only a successful build.
/// </summary>
public interface IOutputSink
{
    /// <summary>Every path the build will add, before the first file: the sink may prepare folders meanwhile.</summary>
    void Expect(IReadOnlyCollection<string> paths);

    void Add(OutputFile file);
}
