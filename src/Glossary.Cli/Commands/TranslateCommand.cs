using System.Text;
using System.Text.RegularExpressions;
using Glossary.Cli.Terminal;
using Glossary.Configuration;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Languages;

namespace Glossary.Cli.Commands;

/// <summary>
/// 'glossary new --translate es &lt;slug&gt;': starts the translation of an entry, guide or page at the same path under the
/// language's folder, from a copy of the original's front matter with source_hash set to the original's hash, and a
/// prompt for the text. Run again on an existing translation, once it says what the original says now, it sets
/// source_hash to the original's current hash (what 'check' compares).
/// </summary>
public static partial class TranslateCommand
{
    public static int Run(string language, string slug, string input, Reporter reporter)
    {
        if (!CommonOptions.InputExists(input, reporter)) return ExitCodes.UsageError;
        var yaml = Path.Combine(input, SiteConfig.FileName);
        var config = File.Exists(yaml) ? SiteConfigReader.Read(File.ReadAllText(yaml), yaml, new DiagnosticBag()) : null;
        var codes = config?.Translations.Select(t => t.Language).ToList() ?? [];
        if (config?.Translations.FirstOrDefault(t => t.Language == language) is not { } translation)
        {
            reporter.Problem($"site.yml has no language '{language}' to translate into",
                codes.Count == 0 ? "add the language under 'languages:' in site.yml first" : $"use one of: {string.Join(", ", codes)}");
            return ExitCodes.UsageError;
        }
        var relative = new[] { ContentLayout.GlossaryFolder, ContentLayout.GuidesFolder, ContentLayout.PagesFolder }
            .Select(folder => $"{folder}/{slug}.md").FirstOrDefault(p => File.Exists(Path.Combine(input, p)));
        if (relative is null)
        {
            reporter.Problem($"no entry, guide or page has the slug '{slug}'", "give the English file's name without .md, such as medical-necessity");
            return ExitCodes.UsageError;
        }
        var original = File.ReadAllBytes(Path.Combine(input, relative));
        var hash = SourceHash.Of(original);
        var target = Path.Combine(input, LanguageFiles.InputPath(translation, relative));
        if (File.Exists(target))
        {
            File.WriteAllText(target, WithSourceHash(File.ReadAllText(target), hash));
            reporter.Success($"set source_hash: {hash} in {target}, the hash of {Path.Combine(input, relative)} as it is now");
            return ExitCodes.Success;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.WriteAllText(target, Template(Encoding.UTF8.GetString(original), hash, translation.LanguageName));
        reporter.Success($"wrote {target}: translate its front matter and replace the prompt with the text, then run 'glossary check'");
        return ExitCodes.Success;
    }

    /// <summary>The original's front matter with source_hash, then a prompt where the translated text goes.</summary>
    private static string Template(string original, string hash, string languageName)
    {
        var frontMatter = FrontMatter().Match(original.ReplaceLineEndings("\n"));
        var fields = frontMatter.Success ? SourceHashLine().Replace(frontMatter.Groups[1].Value, "") : "title: \nsummary: \n";
        return $"---\n{fields}source_hash: {hash}\n---\n\n{Lints.ContentLints.PromptMarker} Write the page in {languageName}: the same facts, " +
               "sections and sources as the original, in natural words for its readers. -->\n";
    }

    private static string WithSourceHash(string text, string hash)
    {
        text = text.ReplaceLineEndings("\n");
        if (SourceHashLine().IsMatch(text)) return SourceHashLine().Replace(text, $"source_hash: {hash}\n", 1);
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        return end < 0 ? text : text[..(end + 1)] + $"source_hash: {hash}\n" + text[(end + 1)..];
    }

    [GeneratedRegex(@"\A---\n(.*?\n)---\n", RegexOptions.Singleline)]
    private static partial Regex FrontMatter();

    [GeneratedRegex(@"^source_hash:.*\n", RegexOptions.Multiline)]
    private static partial Regex SourceHashLine();
}
