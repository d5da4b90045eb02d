using System.Text;
using Glossary.Diagnostics;
using Glossary.Tests.Support;
using static Glossary.Tests.Support.DiagnosticAssert;

namespace Glossary.Tests.Diagnostics;

/// <summary>
/// GL0501: every kind of raw HTML the README forbids, and the ways a script URL is disguised (whitespace and control
/// characters in the scheme, character references, upper case), each an error at its line in the entry.
/// </summary>
public sealed class UnsafeHtmlTests
{
    public static TheoryData<string, string> Forbidden => new()
    {
        { "<object data=\"movie.swf\"></object>", "<object>" },
        { "<embed src=\"movie.swf\">", "<embed>" },
        { "<applet code=\"Evil.class\"></applet>", "<applet>" },
        { "<style>body { display: none }</style>", "<style>" },
        { "<form action=\"/thanks/\"><button>Send</button></form>", "<form>" },
        { "<base href=\"https://evil.example/\">", "<base>" },
        { "<meta http-equiv=\"refresh\" content=\"0; url=https://evil.example/\">", "<meta>" },
        { "<link rel=\"stylesheet\" href=\"/x.css\">", "<link>" },
        { "<SCRIPT>alert(1)</SCRIPT>", "<script>" },
        { "<svg><script>alert(1)</script></svg>", "<script>" },
        { "<p style=\"color: red\">Red</p>", "attribute 'style' on <p>" },
        { "Text <span style=\"display:none\">hidden</span>", "attribute 'style' on <span>" },
        { "<div srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\">x</div>", "attribute 'srcdoc'" },
        { "<img src=\"chart.png\" onerror=\"steal()\" alt=\"\">", "'onerror'" },
        { "<a href=\"vbscript:msgbox(1)\">x</a>", "uses a script URL" },
        { "<a href=\"data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;\">x</a>", "uses a script URL" },
        { "<a href=\"DATA:TEXT/HTML;base64,PHNjcmlwdD4=\">x</a>", "uses a script URL" },
        { "<a href=\"java\tscript:alert(1)\">x</a>", "uses a script URL" },
        { "<a href=\"java&#9;script:alert(1)\">x</a>", "uses a script URL" },
        { "<a href=\"java&#x0A;script:alert(1)\">x</a>", "uses a script URL" },
        { "<a href=\"&#106;avascript:alert(1)\">x</a>", "uses a script URL" },
        { "<a href=\"javascript&colon;alert(1)\">x</a>", "uses a script URL" },
        { "<a href=\"  JaVaScRiPt:alert(1)\">x</a>", "uses a script URL" },
        { "<a href=\"&#1;javascript:alert(1)\">x</a>", "uses a script URL" },
        { "<button formaction=\"javascript:alert(1)\">x</button>", "uses a script URL" },
        { "[x](<java\tscript:alert(1)>)", "link uses a script URL" },
        { "[x](&#106;avascript:alert(1))", "link uses a script URL" },
        { "[x](VBScript:msgbox(1))", "link uses a script URL" },
        { "<javascript:alert(1)>", "link uses a script URL" },
        { "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>", "uses a script URL" },
        { "<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text>x</text></a></svg>", "uses a script URL" },
        { "<svg><a><animate attributeName=\"href\" values=\"/;javascript:alert(1)\"/><text>x</text></a></svg>", "uses a script URL" },
        { "<svg><image href=\"https://tracker.example/p.gif\"/></svg>", "href> loads a file from another site" },
        { "<div><svg><image href=\"https://tracker.example/p.gif\"/></svg></div>", "<image href> loads a file from another site" },
        { "<svg><use xlink:href=\"//cdn.example/icons.svg#a\"/></svg>", "<use xlink:href> loads a file from another site" },
        { "<table background=\"https://tracker.example/p.gif\"><tr><td>x</td></tr></table>", "<table background> loads a file from another site" },
    };

    [Theory]
    [MemberData(nameof(Forbidden))]
    public void GL0501_is_an_error_at_its_line(string markdown, string messagePart)
    {
        var body = "\n" + markdown + "\n";
        var site = new TestSite().WithEntry("a", "Alpha", body);
        var d = Single(site.Build(), DiagnosticCodes.UnsafeHtml);
        At(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", body, markdown), messagePart);
    }

    [Theory]
    [InlineData("<a href=\"https://example.org/javascript:x\">a page about scripts</a>")]
    [InlineData("<abbr title=\"style sheet\">CSS</abbr> and <details><summary>More</summary>Text.</details>")]
    [InlineData("[a data URL explained](https://example.org/data:text/html)")]
    public void Harmless_html_that_names_the_same_words_builds(string markdown)
    {
        var result = new TestSite().WithEntry("a", "Alpha", "\n" + markdown + "\n").Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "<script>")]
    [InlineData("<iframe src=\"https://example.com\"></iframe>", "<iframe>")]
    [InlineData("<p onclick=\"steal()\">Hi</p>", "'onclick'")]
    [InlineData("[click](javascript:alert(1))", "script URL")]
    [InlineData("Text <a href=\"javascript:void(0)\">x</a>", "script URL")]
    [InlineData("![A chart](https://tracker.example/pixel.gif)", "image from another site ('https://tracker.example/pixel.gif')")]
    [InlineData("![A chart](//cdn.example/chart.png)", "image from another site")]
    [InlineData("Text <img src=\"https://tracker.example/p.gif\" alt=\"\">", "<img src> loads a file from another site")]
    [InlineData("<img src=\"chart.png\" srcset=\"chart.png 1x, https://cdn.example/chart@2x.png 2x\" alt=\"\">", "<img srcset> loads a file from another site")]
    [InlineData("<video poster=\"https://cdn.example/p.jpg\"></video>", "<video poster> loads a file from another site")]
    public void GL0501_unsafe_html_is_an_error_at_its_line(string markdown, string messagePart)
    {
        var site = new TestSite().WithEntry("a", "Alpha", "\n" + markdown + "\n");
        var d = Single(site.Build(), DiagnosticCodes.UnsafeHtml);
        At(d, "input/glossary/a.md", TestSite.EntryLine("Alpha", "\n" + markdown + "\n", markdown), messagePart);
    }

    [Fact]
    public void Images_from_the_site_itself_and_links_to_other_sites_are_fine()
    {
        var site = new TestSite()
            .WithEntry("a", "Alpha", "\n![A chart](chart.png) <img src=\"/glossary/chart.png\" srcset=\"/glossary/chart.png 2x\" alt=\"\"> [A source](https://www.cms.gov/)\n")
            .With("glossary/chart.png", [0x89, 0x50, 0x4E, 0x47]);
        var result = site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // The image beside the Markdown file is found from there, as an editor's preview shows it.
        var page = Html.Parse(Encoding.UTF8.GetString(result.Files.Single(f => f.Path == "glossary/a/index.html").Content));
        Assert.Equal(["/glossary/chart.png", "/glossary/chart.png"], page.QuerySelectorAll("main img").Select(i => i.GetAttribute("src")));
        Assert.Contains(result.Files, f => f.Path == "glossary/chart.png");
    }
}
