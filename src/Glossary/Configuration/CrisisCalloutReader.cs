using System.Collections.Immutable;
using Glossary.Diagnostics;
using Glossary.Text;
using Glossary.Yaml;

namespace Glossary.Configuration;

/// <summary>Reads site.yml's 'crisis_callout' mapping; its categories must be categories of the site.</summary>
public static class CrisisCalloutReader
{
    private static readonly string[] Keys = ["heading", "text", "phone", "link", "categories"];
    private static readonly string[] LinkKeys = ["title", "url"];

    public static CrisisCallout? Read(YamlFields site, ImmutableArray<Category> categories)
    {
        var fields = site.Mapping("crisis_callout", Keys);
        if (fields is null) return null;
        var heading = fields.String("heading", required: true, "add 'heading: In crisis?', a few words that open the note");
        var text = fields.String("text", required: true, "add 'text: …', one or two calm sentences on where to get help now");
        var phone = ReadPhone(fields);
        var link = fields.Mapping("link", LinkKeys) is { } linkFields ? ReadLink(linkFields) : null;
        var slugs = ImmutableArray.CreateBuilder<string>();
        foreach (var name in fields.StringList("categories"))
        {
            var category = categories.FirstOrDefault(c =>
                string.Equals(c.Slug, name.Value, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Name, name.Value, StringComparison.OrdinalIgnoreCase));
            if (category is not null) slugs.Add(category.Slug);
            else fields.Diagnostics.Error(name.Span, DiagnosticCodes.InvalidValue,
                $"unknown category '{name.Value}'{DidYouMean.Phrase(name.Value, categories.Select(c => c.Name))}",
                $"use one of the categories listed in site.yml: {string.Join(", ", categories.Select(c => c.Name))}");
        }
        return heading is null || text is null ? null : new CrisisCallout(heading, text, phone, link, slugs.ToImmutable());
    }

    private static string? ReadPhone(YamlFields fields)
    {
        var phone = fields.String("phone");
        if (phone is null || (phone.Length > 0 && phone.All(c => char.IsAsciiDigit(c) || c == '+'))) return phone;
        fields.Diagnostics.Error(fields.SpanOfValue("phone"), DiagnosticCodes.InvalidValue, $"phone '{phone}' is not a number to dial",
            "write digits only, as a phone would dial them: phone: \"988\"");
        return null;
    }

    private static NavigationLink? ReadLink(YamlFields fields)
    {
        var title = fields.String("title", required: true);
        var url = fields.String("url", required: true);
        if (url is not null && Markdown.UnsafeHtmlScanner.IsScriptUrl(url))
        {
            fields.Diagnostics.Error(fields.SpanOfValue("url"), DiagnosticCodes.UnsafeHtml, "the crisis callout's link uses a script URL",
                "link to a page of the site, such as /glossary/988-lifeline/");
            return null;
        }
        return title is null || url is null ? null : new NavigationLink(title, url);
    }
}
