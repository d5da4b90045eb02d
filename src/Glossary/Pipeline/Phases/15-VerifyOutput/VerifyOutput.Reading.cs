using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens.Struct;
using AngleSharp.Text;
using Glossary.Output;

namespace Glossary.Pipeline.Phases;

/// <summary>
/// The two ways <see cref="VerifyOutput"/> reads a page's start tags: AngleSharp's tokenizer (the full check) and
/// <see cref="HtmlAttributeScanner"/> (the fast one). Both hand the same attributes to the same checks.
/// </summary>
public sealed partial class VerifyOutput
{
    /// <summary>Every checked attribute's name, in UTF-8 for the scanner.</summary>
    private static readonly (byte[] Utf8, string Name)[] CheckedNames =
        [.. new[] { "id" }.Concat(UrlAttributes).Concat(IdReferenceAttributes).Select(n => (Encoding.UTF8.GetBytes(n), n))];

    [ThreadStatic]
    private static char[]? ValueBuffer;

    /// <summary>
    /// AngleSharp's tokenizer rather than its full parser: only start tags matter here, so it reads the UTF-8 bytes
    /// directly, skips text and comments, and keeps only the attributes this pass checks (the allocation-free struct
    /// tokens made it several times faster on 10,000 pages). Pages have no inline script or style (the
    /// Content-Security-Policy forbids them), so no raw-text content can hide tags.
    /// </summary>
    private void ReadWithAngleSharp(OutputFile page, HashSet<string> ids, List<OwnFragment> ownFragments)
    {
        // Disposing hands the decoded text and the tokenizer's buffer back to the array pool: without it, every page
        // allocated both anew (about 600 MB per 10,000-entry build, nearly a fifth of all it allocated).
        using var source = new TextSource(new ReadOnlyByteTextSource(page.Content, Encoding.UTF8));
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver)
        {
            SkipDataText = true,
            SkipComments = true,
            ShouldEmitAttribute = static (ref StructHtmlToken _, ReadOnlyMemory<char> name) => CheckedName(name.Span) is not null,
        };
        while (true)
        {
            ref var token = ref tokenizer.GetStructToken();
            if (token.Type == HtmlTokenType.EndOfFile) break;
            if (token.Type != HtmlTokenType.StartTag) continue;
            var attributes = token.Attributes;
            string? element = null;
            for (var a = 0; a < attributes.Count; a++)
            {
                var attribute = attributes[a];
                var name = CheckedName(attribute.Name.Memory.Span)!;
                var value = attribute.Value.Memory.Span;
                if (name == "id")
                {
                    if (value.Length > 0) ids.Add(Intern(value));
                    continue;
                }
                element ??= Intern(token.Name.Memory.Span);
                CheckAttribute(page.Path, element, name, value, ownFragments);
            }
        }
    }

    /// <summary>The same attributes read by <see cref="HtmlAttributeScanner"/>, with no copy of the page as text.</summary>
    private void ReadWithScanner(OutputFile page, HashSet<string> ids, List<OwnFragment> ownFragments)
    {
        var buffer = ValueBuffer ??= new char[256];
        var scanner = new HtmlAttributeScanner(page.Content);
        var lastElement = default(ReadOnlySpan<byte>);
        string? element = null;
        while (scanner.MoveNext())
        {
            if (CheckedName(scanner.Name) is not { } name) continue;
            var value = HtmlAttributeText.Decode(scanner.RawValue, ref buffer);
            if (name == "id")
            {
                if (value.Length > 0) ids.Add(Intern(value));
                continue;
            }
            if (element is null || scanner.Element != lastElement)
            {
                lastElement = scanner.Element;
                element = InternLowercase(lastElement);
            }
            CheckAttribute(page.Path, element, name, value, ownFragments);
        }
        ValueBuffer = buffer;
    }

    private static string? CheckedName(ReadOnlySpan<char> name) => name.SequenceEqual("id") ? "id" : NameOf(name, UrlAttributes) ?? NameOf(name, IdReferenceAttributes);

    private static string? CheckedName(ReadOnlySpan<byte> name)
    {
        foreach (var (utf8, text) in CheckedNames)
            if (System.Text.Ascii.EqualsIgnoreCase(name, utf8)) return text;
        return null;
    }

    /// <summary>A tag's name as the tokenizer gives it (ASCII letters in lower case), one string per name.</summary>
    private string InternLowercase(ReadOnlySpan<byte> name)
    {
        Span<char> lower = stackalloc char[Math.Min(name.Length, 64)];
        if (name.Length <= 64 && System.Text.Ascii.ToLower(name, lower, out var written) == System.Buffers.OperationStatus.Done)
            return Intern(lower[..written]);
        var text = Encoding.UTF8.GetString(name);
        return Intern(string.Create(text.Length, text, static (span, t) =>
        {
            for (var i = 0; i < t.Length; i++) span[i] = t[i] is >= 'A' and <= 'Z' ? (char)(t[i] + 32) : t[i];
        }));
    }
}
