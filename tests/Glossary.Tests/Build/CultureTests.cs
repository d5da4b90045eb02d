using System.Text;
using Glossary.Tests.Support;

namespace Glossary.Tests.Build;

/// <summary>
/// Output never depends on the culture of the machine that builds it: the real site built by the CLI under
/// cultures with another calendar (th-TH: Buddhist years; ar-SA: Hijri), other case rules (tr-TR: dotless i) and
/// other number and date formats (de-DE), each in its own process as an editor's machine would run it, is byte for
/// byte the site built under the invariant culture.
/// </summary>
public sealed class CultureTests
{
    [Fact]
    public void The_real_site_is_byte_identical_under_th_TH_ar_SA_tr_TR_and_de_DE()
    {
        // Without ICU every culture is the invariant one and this test could not fail.
        Assert.IsType<System.Globalization.ThaiBuddhistCalendar>(new System.Globalization.CultureInfo("th-TH").Calendar);
        using var temp = new TempFolder();
        var invariant = Build(temp, "C.UTF-8");
        var differences = new List<string>();
        foreach (var locale in new[] { "th_TH.UTF-8", "ar_SA.UTF-8", "tr_TR.UTF-8", "de_DE.UTF-8" })
            differences.AddRange(Compare(invariant, Build(temp, locale), locale));
        Assert.True(differences.Count == 0, string.Join("\n", differences.Take(20)));
    }

    private static string Build(TempFolder temp, string locale)
    {
        var output = temp.Combine(locale);
        var (code, stdout, stderr) = CliProcess.Run(CliProcess.Locale(locale), "build", "--input", RepoPaths.Input, "--output", output);
        Assert.True(code == 0, $"build under {locale} exited {code}\n{stdout}\n{stderr}");
        return output;
    }

    private static IEnumerable<string> Compare(string expected, string actual, string locale)
    {
        var want = Files(expected);
        var got = Files(actual);
        foreach (var path in want.Keys.Union(got.Keys).Order(StringComparer.Ordinal))
        {
            if (!got.TryGetValue(path, out var g)) yield return $"{locale}: {path} is missing";
            else if (!want.TryGetValue(path, out var w)) yield return $"{locale}: {path} is extra";
            else if (!w.AsSpan().SequenceEqual(g)) yield return $"{locale}: {path} differs: {FirstDifference(w, g)}";
        }
    }

    private static Dictionary<string, byte[]> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes, StringComparer.Ordinal);

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var at = expected.AsSpan().CommonPrefixLength(actual);
        string Around(byte[] bytes) => Encoding.UTF8.GetString(bytes, Math.Max(0, at - 40), Math.Min(bytes.Length, at + 40) - Math.Max(0, at - 40));
        return $"invariant '…{Around(expected)}…', got '…{Around(actual)}…'";
    }
}
