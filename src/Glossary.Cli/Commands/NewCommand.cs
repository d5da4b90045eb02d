using System.CommandLine;
using System.Text;
using Glossary.Cli.Terminal;
using Glossary.Configuration;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.IO;
using Glossary.Lints;
using Glossary.Markdown;
using Glossary.Pipeline.Phases;
using Glossary.Text;

namespace Glossary.Cli.Commands;

/// <summary>
/// 'glossary new entry "Title"' and 'glossary new guide "Title"': writes a starting file with front matter and every
/// section, each with a one-line writing prompt. Refuses to overwrite a file, and refuses a title or alias that an
/// existing entry already uses (naming that entry). 'glossary new --translate es &lt;slug&gt;' starts a translation
/// (<see cref="TranslateCommand"/>).
/// </summary>
public static class NewCommand
{
    public static Command Create(Reporter reporter)
    {
        var command = new Command("new", "Start a new glossary entry or guide from a template");
        command.Subcommands.Add(Kind("entry", "Start a new glossary entry", DocumentKind.Entry, reporter));
        command.Subcommands.Add(Kind("guide", "Start a new guide (or --report)", DocumentKind.Guide, reporter));
        var translate = new Option<string?>("--translate") { Description = "Start (or mark as current) the translation of <slug> into this language of site.yml" };
        var slug = new Argument<string?>("slug") { Description = "The English file's name without .md", Arity = ArgumentArity.ZeroOrOne };
        var input = CommonOptions.Input();
        command.Options.Add(translate);
        command.Options.Add(input);
        command.Arguments.Add(slug);
        command.SetAction(parse =>
        {
            if (parse.GetValue(translate) is { } language && parse.GetValue(slug) is { } name)
                return TranslateCommand.Run(language, name, parse.GetValue(input)!, reporter);
            reporter.Problem("say what to start", "glossary new entry \"Title\", glossary new guide \"Title\", or glossary new --translate es <slug>");
            return ExitCodes.UsageError;
        });
        return command;
    }

    private static Command Kind(string name, string description, DocumentKind kind, Reporter reporter)
    {
        var title = new Argument<string>("title") { Description = "The term or guide title, in quotes" };
        var input = CommonOptions.Input();
        var categories = new Option<string[]>("--category") { Description = "A category from site.yml (repeat for more)", AllowMultipleArgumentsPerToken = false };
        var aliases = new Option<string[]>("--alias") { Description = "Another name or abbreviation (repeat for more)" };
        var report = new Option<bool>("--report") { Description = "A report with key findings rather than a guide" };
        var command = new Command(name, description) { title, input, categories };
        if (kind == DocumentKind.Entry) command.Options.Add(aliases);
        else command.Options.Add(report);
        command.SetAction(parse => Run(kind, parse.GetValue(title)!, parse.GetValue(input)!, parse.GetValue(categories) ?? [],
            kind == DocumentKind.Entry ? parse.GetValue(aliases) ?? [] : [], kind == DocumentKind.Guide && parse.GetValue(report), reporter));
        return command;
    }

    public static int Run(DocumentKind kind, string title, string input, IReadOnlyList<string> categories, IReadOnlyList<string> aliases, bool report, Reporter reporter)
    {
        title = title.Trim();
        var slug = Slugs.From(title);
        if (slug.Length == 0)
        {
            reporter.Problem($"'{title}' has no letters or digits to make a file name from", "give the term a title, such as \"Prior Authorization\"");
            return ExitCodes.UsageError;
        }
        if (!CommonOptions.InputExists(input, reporter)) return ExitCodes.UsageError;

        var site = InputReader.Read(input, useGitDates: false);
        var diagnostics = new DiagnosticBag();
        var config = site.SiteYaml is null ? null : SiteConfigReader.Read(site.SiteYaml, site.SiteYamlDisplayPath, diagnostics);
        var chosen = new List<string>();
        foreach (var category in categories)
        {
            if (config?.FindCategory(category) is { } found)
            {
                chosen.Add(found.Name);
                continue;
            }
            var names = config?.Categories.Select(c => c.Name).ToArray() ?? [];
            reporter.Problem($"unknown category '{category}'{DidYouMean.Phrase(category, names)}", $"use one of: {string.Join(", ", names)}");
            return ExitCodes.UsageError;
        }

        if (kind == DocumentKind.Entry && Clash(site, title, aliases) is { } clash)
        {
            reporter.Problem(clash, "a title or alias may name one entry only: edit that entry, or choose a more specific name");
            return ExitCodes.ContentErrors;
        }

        var folder = kind == DocumentKind.Entry ? ContentLayout.GlossaryFolder : ContentLayout.GuidesFolder;
        var path = Path.Combine(input, folder, slug + ".md");
        if (File.Exists(path))
        {
            reporter.Problem($"{path} already exists; nothing was written", "open that file to edit it, or choose another title");
            return ExitCodes.ContentErrors;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, kind == DocumentKind.Entry ? EntryTemplate(title, aliases, chosen) : GuideTemplate(title, chosen, report));
        reporter.Success($"wrote {path}: replace each prompt with your text, then run 'glossary check'");
        return ExitCodes.Success;
    }

    /// <summary>The existing entry that already uses this title or one of these aliases, described for the editor.</summary>
    private static string? Clash(Pipeline.SiteInput site, string title, IReadOnlyList<string> aliases)
    {
        var parsed = ParseDocuments.Run([.. site.Files.Where(f => f.IsMarkdown && ContentLayout.KindOf(f.RelativePath) == DocumentKind.Entry)],
            MarkdownPipelineFactory.Create(), new DiagnosticBag());
        var wanted = new[] { title, Slugs.From(title) }.Concat(aliases).ToList();
        foreach (var entry in parsed)
        {
            var names = Linking.TermIndex.NamesOf(entry).ToList();
            foreach (var name in wanted)
                if (names.FirstOrDefault(n => TextFolding.Fold(n) == TextFolding.Fold(name)) is { } taken)
                    return $"'{name}' is already used by the entry '{entry.Title}' ({entry.DisplayPath}) as '{taken}'";
        }
        return null;
    }

    private static string Prompt(string text) => $"{ContentLints.PromptMarker} {text} -->";

    private static string List(IEnumerable<string> items) => "[" + string.Join(", ", items.Select(Quote)) + "]";

    /// <summary>
    /// The text as a YAML scalar that reads back as exactly this text: plain when that is safe (letters, digits, spaces
    /// and a few marks, starting with a letter or digit), else double-quoted with backslashes and quotes escaped.
    /// </summary>
    private static string Quote(string text) =>
        text.Length > 0 && char.IsLetterOrDigit(text[0]) && !char.IsWhiteSpace(text[^1])
        && text.All(c => char.IsLetterOrDigit(c) || c is ' ' or '-' or '.' or '(' or ')' or '/' or '+' or '\'')
            ? text
            : "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string EntryTemplate(string title, IReadOnlyList<string> aliases, IReadOnlyList<string> categories)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title: ").Append(Quote(title)).Append('\n');
        if (aliases.Count > 0) sb.Append("aliases: ").Append(List(aliases)).Append('\n');
        sb.Append("summary: # One plain sentence, under 30 words: what is ").Append(title).Append("? Shown in previews and search.\n");
        sb.Append("categories: ").Append(List(categories)).Append('\n');
        sb.Append("related: [] # other entries, by title, slug or alias; list this entry in theirs too\n");
        sb.Append("sources:\n  # - title: Name of the statute, regulation or regulator's guide\n  #   url: https://…\n  #   publisher: Who published it\n");
        sb.Append("---\n\n");
        sb.Append(Prompt("Define the term in one or two plain sentences. Say what it is, not what to do.")).Append("\n\n");
        var sections = EntrySections.All;
        for (var i = 0; i < sections.Count; i++)
            sb.Append("## ").Append(sections[i].Heading).Append("\n\n").Append(Prompt(sections[i].Prompt)).Append(i < sections.Count - 1 ? "\n\n" : "\n");
        return sb.ToString();
    }

    private static string GuideTemplate(string title, IReadOnlyList<string> categories, bool report)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title: ").Append(Quote(title)).Append('\n');
        sb.Append("summary: # One plain sentence, under 30 words: what will the reader learn?\n");
        sb.Append("categories: ").Append(List(categories)).Append('\n');
        if (report)
        {
            sb.Append("kind: report\n");
            sb.Append("key_findings:\n  - title: # A short name for the finding\n    text: # One or two sentences\n    terms: [] # the entries it rests on\n");
        }
        sb.Append("terms: [] # glossary entries this guide explains\n");
        sb.Append("sources:\n  # - title: Name of the statute, regulation or regulator's guide\n  #   url: https://…\n  #   publisher: Who published it\n");
        sb.Append("---\n\n");
        sb.Append(Prompt("Introduce the problem in two or three plain sentences: who meets it, and when.")).Append("\n\n");
        sb.Append("## What happens\n\n").Append(Prompt("Explain how it works, step by step. Link terms with [[Term]].")).Append("\n\n");
        sb.Append("## What you can do\n\n").Append(Prompt("Numbered steps a reader can follow. General information, never advice for one case.")).Append('\n');
        return sb.ToString();
    }
}
