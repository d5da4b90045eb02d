using Glossary.Markdown;

namespace Glossary.Tests.Markdown;

/// <summary>
/// The wikilink parser, Markdown in, HTML out, one case a line (in the manner of Markdig's spec tests). Rendered by
/// Markdig's own HTML renderer with the site's pipeline: a wikilink is a link to its placeholder address
/// (wikilink:Term#anchor), which link resolution later maps to the entry; what does not parse stays text.
/// </summary>
public sealed class WikiLinkSpecTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create();

    [Theory]
    [InlineData("[[IOP]]", """<p><a href="wikilink:IOP">IOP</a></p>""")]
    [InlineData("See [[Medical Necessity]] first.", """<p>See <a href="wikilink:Medical%20Necessity">Medical Necessity</a> first.</p>""")]
    [InlineData("[[IOP|an intensive program]]", """<p><a href="wikilink:IOP">an intensive program</a></p>""")]
    [InlineData("[[External Review#deadlines]]", """<p><a href="wikilink:External%20Review#deadlines">External Review</a></p>""")]
    [InlineData("[[External Review#deadlines|the deadlines]]", """<p><a href="wikilink:External%20Review#deadlines">the deadlines</a></p>""")]
    [InlineData("[[  IOP  |  spaced label  ]]", """<p><a href="wikilink:IOP">spaced label</a></p>""")]
    [InlineData("[[IOP|]]", """<p><a href="wikilink:IOP">IOP</a></p>""")]
    [InlineData("[[medical-necessity]] and [[IOP]]", """<p><a href="wikilink:medical-necessity">medical-necessity</a> and <a href="wikilink:IOP">IOP</a></p>""")]
    [InlineData("**[[IOP]]**", """<p><strong><a href="wikilink:IOP">IOP</a></strong></p>""")]
    [InlineData("[[]]", "<p>[[]]</p>")]
    [InlineData("[[|label]]", "<p>[[|label]]</p>")]
    [InlineData("[[IOP", "<p>[[IOP</p>")]
    [InlineData("[[IOP]", "<p>[[IOP]</p>")]
    [InlineData("\\[[IOP]]", "<p>[[IOP]]</p>")]
    [InlineData("`[[IOP]]`", "<p><code>[[IOP]]</code></p>")]
    [InlineData("A [note] and [[IOP]]", """<p>A [note] and <a href="wikilink:IOP">IOP</a></p>""")]
    [InlineData("[a link](iop.md)", """<p><a href="iop.md">a link</a></p>""")]
    public void Markdown_in_html_out(string markdown, string html) =>
        Assert.Equal(html, Markdig.Markdown.ToHtml(markdown, Pipeline).TrimEnd('\n'));
}
