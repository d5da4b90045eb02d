using System.Globalization;
using Glossary.Tests.Support;

namespace Glossary.Tests.Build;

/// <summary>
/// The build's phases are named once: the folders under Pipeline/Phases/ (NN-Name, numbered in build order), the
/// classes in them, and the keys a build times them under, in the order it runs them.
/// </summary>
public sealed class PhaseOrderTests
{
    private static readonly string Phases = Path.Combine(RepoPaths.Root, "src", "Glossary", "Pipeline", "Phases");

    [Fact]
    public void The_phase_folders_listed_in_order_are_the_phases_a_build_runs_in_order_each_holding_its_class()
    {
        var result = TestSite.Fixture().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var folders = Directory.GetDirectories(Phases).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal).ToList();
        var expected = result.Timings.Select((t, i) => (i + 1).ToString("D2", CultureInfo.InvariantCulture) + "-" + t.Phase).ToList();
        Assert.Equal(expected, folders);
        foreach (var (phase, _) in result.Timings)
            Assert.Single(Directory.GetFiles(Phases, phase + ".cs", SearchOption.AllDirectories));
    }
}
