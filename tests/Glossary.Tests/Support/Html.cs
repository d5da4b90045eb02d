using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Glossary.Pipeline;

namespace Glossary.Tests.Support;

public static class Html
{
    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    public static string Page(this BuildResult result, string path)
    {
        var file = result.Files.SingleOrDefault(f => f.Path == path)
                   ?? throw new Xunit.Sdk.XunitException($"no output file '{path}'; files: {string.Join(", ", result.Files.Select(f => f.Path))}");
        return Encoding.UTF8.GetString(file.Content);
    }

    public static IHtmlDocument Document(this BuildResult result, string path) => Parse(result.Page(path));
}
