using System.Collections.Immutable;
using System.Text;
using Glossary.Content;
using Glossary.Diagnostics;
using Glossary.Linking;
using Glossary.Markdown;
using Glossary.Markdown.WikiLinks;
using Glossary.Text;
using Markdig;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;

namespace Glossary.Pipeline.Phases;

/// <summary>Phase 2: each Markdown source file becomes a <see cref="ContentDocument"/> (in parallel).</summary>
public static class ParseDocuments
{
    public const int MaxFileBytes = 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The documents of the Markdown files among <paramref name="files"/> (other files are passed through as they are).</summary>
    /// <param name="checksEntrySections">Whether entries must have the English section headings (<see cref="EntrySections"/>);
    /// a translation's entries follow their twin's sections with headings in their own language.</param>
    public static ImmutableArray<ContentDocument> Run(ImmutableArray<SourceFile> files, MarkdownPipeline pipeline, DiagnosticBag diagnostics,
        bool checksEntrySections = true)
    {
        var markdown = files.Where(f => f.IsMarkdown).ToList();
        var results = new ContentDocument?[markdown.Count];
        Parallel.For(0, markdown.Count, i => results[i] = Run(markdown[i], pipeline, diagnostics, checksEntrySections));
        return [.. results.Where(d => d is not null).Select(d => d!)];
    }

    /// <summary>The document of one Markdown file (each file of a build; the edited one in an update), or null when it is not one.</summary>
    public static ContentDocument? Run(SourceFile file, MarkdownPipeline pipeline, DiagnosticBag diagnostics, bool checksEntrySections = true)
    {
        var path = file.DisplayPath;
        if (ContentLayout.KindOf(file.RelativePath) is not { } kind)
        {
            diagnostics.Error(SourceLocation.WholeFile(path), DiagnosticCodes.MarkdownOutsideContentFolders,
                "this Markdown file is outside the content folders and would not be published",
                "move it into input/glossary/ (terms), input/guides/ (guides and reports) or input/pages/ (about, contribute…)");
            return null;
        }
        var slug = Path.GetFileNameWithoutExtension(file.RelativePath);
        if (!Slugs.IsValid(slug))
        {
            var suggestion = Slugs.From(slug);
            diagnostics.Error(SourceLocation.WholeFile(path), DiagnosticCodes.InvalidSlug,
                $"file name '{slug}.md' is not a valid slug: use lower-case letters, digits and single hyphens",
                suggestion.Length > 0 ? $"rename the file to '{suggestion}.md'" : "rename the file, for example 'medical-necessity.md'");
            return null;
        }
        // From here on the file is a document of the site even if it cannot be read, known by its slug (and its title
        // and aliases when they can be read): a mistake in it is reported once, not again at every link to it. The
        // build still fails on the mistake.
        if (Decode(file, diagnostics) is not { } text) return Document(file, kind, slug, FrontMatter.None, new MarkdownDocument());

        MarkdownDocument markdown;
        try
        {
            markdown = Markdig.Markdown.Parse(text, pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("too deeply nested", StringComparison.Ordinal))
        {
            // Markdig refuses input nested past its depth limit (a guard against stack overflows) without saying where.
            diagnostics.Error(new SourceLocation(path, DeepestLine(text), 1), DiagnosticCodes.NestedTooDeeply,
                NestingDepthCheck.Message, NestingDepthCheck.Hint);
            return Document(file, kind, slug, FrontMatter.None, new MarkdownDocument());
        }
        var frontMatterBlock = markdown.FirstOrDefault() as YamlFrontMatterBlock;
        if (frontMatterBlock is null)
        {
            var unclosed = text.StartsWith("---", StringComparison.Ordinal);
            diagnostics.Error(new SourceLocation(path, 1, 1), DiagnosticCodes.MissingFrontMatter,
                unclosed ? "the front matter is not closed" : "missing front matter",
                unclosed
                    ? "end the front matter with a line of three hyphens '---'"
                    : "start the file with a line '---', then 'title: …' and 'summary: …', then another '---'");
            return Document(file, kind, slug, FrontMatter.None, markdown);
        }

        var yaml = frontMatterBlock.Lines.ToString();
        // The YAML starts on the line after the opening '---': the lines up to that one come before it.
        var meta = FrontMatterReader.Read(yaml, path, frontMatterBlock.LineOf(), kind, diagnostics);
        UnsafeHtmlScanner.Scan(markdown, path, diagnostics);
        UnclosedCommentCheck.Check(markdown, path, diagnostics);
        NestingDepthCheck.Check(markdown, path, diagnostics);
        LevelOneHeadingCheck.Check(markdown, path, diagnostics);
        UnclosedWikiLinkCheck.Check(markdown, path, diagnostics);
        if (kind == DocumentKind.Entry && checksEntrySections)
            EntrySections.Validate(markdown, path, TextPosition.LastLine(text), diagnostics);
        return Document(file, kind, slug, meta, markdown);
    }

    /// <summary>A document whose title could not be read takes its slug as title, so that it is still known by a name.</summary>
    private static ContentDocument Document(SourceFile file, DocumentKind kind, string slug, FrontMatter meta, MarkdownDocument markdown) =>
        new(file, kind, slug, SiteRoutes.DocumentUrl(kind, slug), meta.Title.Length > 0 ? meta : meta with { Title = slug },
            markdown, HeadingCollector.Collect(markdown));

    /// <summary>The file's text, or null (reported) when it is too large, not UTF-8, or empty.</summary>
    private static string? Decode(SourceFile file, DiagnosticBag diagnostics)
    {
        var path = file.DisplayPath;
        if (file.Bytes.Length > MaxFileBytes)
        {
            diagnostics.Error(SourceLocation.WholeFile(path), DiagnosticCodes.FileTooLarge,
                $"file is {file.Bytes.Length / 1024} KB; the limit is {MaxFileBytes / 1024} KB",
                "split it into several entries or guides; images belong beside it as separate files");
            return null;
        }
        if (DecodeUtf8(file, diagnostics) is not { } text) return null;
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(SourceLocation.WholeFile(path), DiagnosticCodes.EmptyFile, "file is empty",
                "add front matter and content (glossary new entry \"Title\" writes a starting point), or delete the file");
            return null;
        }
        return text;
    }

    /// <summary>The file's text (strict UTF-8, a leading byte-order mark dropped), or null after reporting the line of the first bad byte.</summary>
    internal static string? DecodeUtf8(SourceFile file, DiagnosticBag diagnostics)
    {
        if (TryDecode(file.Bytes, out var text, out var badLine)) return text;
        diagnostics.Error(new SourceLocation(file.DisplayPath, badLine, 1), DiagnosticCodes.InvalidUtf8, "file is not valid UTF-8 text",
            "save the file as UTF-8 in your editor (often under 'Save with encoding')");
        return null;
    }

    private static bool TryDecode(byte[] bytes, out string text, out int badLine)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        try
        {
            text = StrictUtf8.GetString(span);
            badLine = 0;
            return true;
        }
        catch (DecoderFallbackException ex)
        {
            text = "";
            var index = Math.Clamp(ex.Index, 0, span.Length);
            badLine = TextPosition.LineOf(span, index);
            // DecoderFallbackException.Index is relative to the chunk being decoded; for a single call it is the byte offset.
            return false;
        }
    }

    /// <summary>The line that nests deepest by its markers (leading '>', indentation and list bullets, or '[' anywhere): where to look.</summary>
    private static int DeepestLine(string text)
    {
        var (deepest, line, number) = (-1, 1, 0);
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var content = text.AsSpan()[range];
            var leading = content.Length - content.TrimStart(" \t>-*+").Length;
            var depth = Math.Max(leading, content.Count('['));
            if (depth > deepest) (deepest, line) = (depth, number);
        }
        return line;
    }
}
