using System.Text;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using Glossary.IO;
using Glossary.Output;
using Glossary.Pipeline;
using Glossary.Tests.Support;

namespace Glossary.Tests.Linking;

/// <summary>
/// The fast output check's reader (<see cref="HtmlAttributeScanner"/>) against AngleSharp's tokenizer, which the full
/// check uses: every start tag's attributes, in order, with their values as the browser reads them. One case a line,
/// then every page of the real site.
/// </summary>
public sealed class HtmlAttributeScannerTests
{
    [Theory]
    [InlineData("<a href=\"/x/\">x</a>")]
    [InlineData("<A HREF='/x/' Class=term>x</A>")]
    [InlineData("<a href=/x/>x</a><img src=/a.png alt=\"\"/>")]
    [InlineData("<a\nhref\t=\r\n\"/x/\"\fid = y>x</a>")]
    [InlineData("<p hidden id=a>text < 3 and <3 and a <> b</p>")]
    [InlineData("<!-- <a href=\"/in-comment/\"> --><a href=\"/after/\">")]
    [InlineData("<!--><a href=\"/a/\"><!---><a href=\"/b/\"><!-- x --!><a href=\"/c/\">")]
    [InlineData("<!DOCTYPE html><![CDATA[<a href=\"/cdata/\">]]><?php <a href=\"/pi/\"> ?><a href=\"/d/\">")]
    [InlineData("</a title=\"<b id=fake>\"><b id=real>")]
    [InlineData("<a href=\"/q?a=1&amp;b=2&#x2F;&#47;&quot;&lt;\">x</a>")]
    [InlineData("<a href=\"a\r\nb\rc\">x</a>")]
    [InlineData("<span aria-describedby=\"one  two\" for=x>é ü 名</span><p id=\"名前\">")]
    [InlineData("<a href=\"x\"/><br/><input value='\"quoted\"' disabled/>")]
    [InlineData("<a =x href=\"/y/\" b=>")]
    [InlineData("<script type=\"application/ld+json\">{\"a\":\"<b id=inside>\"}</script><p id=after>")]
    public void Reads_the_attributes_AngleSharp_reads(string html) =>
        Assert.Equal(AngleSharpAttributes(Encoding.UTF8.GetBytes(html)), ScannerAttributes(Encoding.UTF8.GetBytes(html)));

    /// <summary>The one difference, on the safe side: a tag cut off by the end of the page is dropped by AngleSharp and still checked here.</summary>
    [Fact]
    public void Reads_a_tag_the_page_ends_inside()
    {
        var html = Encoding.UTF8.GetBytes("<p id=a><a href=\"/unterminated/");
        Assert.Equal(["p id=a"], AngleSharpAttributes(html));
        Assert.Equal(["p id=a", "a href=/unterminated/"], ScannerAttributes(html));
    }

    [Fact]
    public void Reads_every_page_of_the_real_site_as_AngleSharp_does()
    {
        var result = Glossary.Cli.Commands.BuildRunner.CreatePipeline().Build(InputReader.Read(RepoPaths.Input), new BuildOptions());
        var pages = result.Files.Where(f => f.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 30, $"only {pages.Count} pages");
        foreach (var page in pages)
        {
            var expected = AngleSharpAttributes(page.Content);
            Assert.True(expected.Count > 10, $"{page.Path}: {expected.Count} attributes");
            Assert.Equal(expected, ScannerAttributes(page.Content));
        }
    }

    private static List<string> ScannerAttributes(byte[] html)
    {
        var found = new List<string>();
        var buffer = new char[4];
        var scanner = new HtmlAttributeScanner(html);
        while (scanner.MoveNext())
            found.Add($"{Encoding.UTF8.GetString(scanner.Element).ToLowerInvariant()} {Encoding.UTF8.GetString(scanner.Name).ToLowerInvariant()}="
                      + HtmlAttributeText.Decode(scanner.RawValue, ref buffer).ToString());
        return found;
    }

    private static List<string> AngleSharpAttributes(byte[] html)
    {
        var found = new List<string>();
        using var source = new TextSource(new ReadOnlyByteTextSource(html, Encoding.UTF8));
        using var tokenizer = new HtmlTokenizer(source, HtmlEntityProvider.Resolver);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
            if (token is HtmlTagToken { Type: HtmlTokenType.StartTag } tag)
                found.AddRange(tag.Attributes.Select(a => $"{tag.Name} {a.Name}={a.Value}"));
        return found;
    }
}
