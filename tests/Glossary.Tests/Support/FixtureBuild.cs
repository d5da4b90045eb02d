using Glossary.Pipeline;

namespace Glossary.Tests.Support;

/// <summary>
/// The fixture site (<see cref="TestSite.Fixture"/>) built once, for the tests that only read what it outputs; it
/// must build without errors.
/// </summary>
public static class FixtureBuild
{
    private static readonly Lazy<BuildResult> Built = new(() =>
    {
        var result = TestSite.Fixture().Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    });

    public static BuildResult Result => Built.Value;
}
