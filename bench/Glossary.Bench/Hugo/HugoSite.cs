using System.Text.RegularExpressions;

namespace Glossary.Bench.Hugo;

/// <summary>
/// The same entries as a Hugo site with minimal templates equivalent to ours where Hugo has the feature: one page
/// per entry and guide (title, summary, body with its links resolved by a render hook, related terms, categories),
/// a list per section, category pages (Hugo's taxonomy) and a home page. Hugo has no auto-linking, previews or
/// backlinks, so it renders only the links written in the Markdown.
/// </summary>
public static partial class HugoSite
{
    public static void Write(string corpusInput, string siteFolder)
    {
        if (Directory.Exists(siteFolder)) Directory.Delete(siteFolder, recursive: true);
        foreach (var (path, text) in Templates)
        {
            var file = Path.Combine(siteFolder, path);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, text);
        }
        foreach (var section in new[] { "glossary", "guides" })
        {
            var target = Path.Combine(siteFolder, "content", section);
            Directory.CreateDirectory(target);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(corpusInput, section), "*.md"))
                // Hugo reads 'aliases' as old addresses to redirect from; ours are other names of the term.
                File.WriteAllText(Path.Combine(target, Path.GetFileName(file)), AliasesKey().Replace(File.ReadAllText(file), "names:", 1));
        }
    }

    [GeneratedRegex("^aliases:", RegexOptions.Multiline)]
    private static partial Regex AliasesKey();

    private static readonly (string Path, string Text)[] Templates =
    [
        ("hugo.yaml", """
            baseURL: https://bench.example.org/
            languageCode: en
            title: Benchmark Glossary
            disableKinds: [RSS]
            """),
        ("layouts/_default/baseof.html", """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }}</title>
            <meta name="description" content="{{ .Params.summary }}"></head>
            <body><nav><a href="/">Home</a> <a href="/glossary/">Glossary</a> <a href="/guides/">Guides</a></nav>
            <main>{{ block "main" . }}{{ end }}</main></body></html>
            """),
        ("layouts/_default/single.html", """
            {{ define "main" }}<article><h1>{{ .Title }}</h1><p>{{ .Params.summary }}</p>
            {{ .Content }}
            {{ with .Params.related }}<h2>Related terms</h2><ul>{{ range . }}{{ with site.GetPage (printf "/glossary/%s" .) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}{{ end }}</ul>{{ end }}
            {{ with .GetTerms "categories" }}<p>Categories: {{ range . }}<a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a> {{ end }}</p>{{ end }}
            </article>{{ end }}
            """),
        ("layouts/_default/list.html", """
            {{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>: {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
            """),
        ("layouts/index.html", """
            {{ define "main" }}<h1>{{ site.Title }}</h1><ul>{{ range site.Sections }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
            """),
        ("layouts/_default/_markup/render-link.html", """
            {{- $url := urls.Parse .Destination -}}
            {{- $href := .Destination -}}
            {{- if strings.HasSuffix $url.Path ".md" -}}
              {{- with site.GetPage (printf "/%s/%s" (cond (strings.Contains $url.Path "guides/") "guides" "glossary") (strings.TrimSuffix ".md" (path.Base $url.Path))) -}}
                {{- $href = .RelPermalink -}}{{- with $url.Fragment }}{{ $href = printf "%s#%s" $href . }}{{ end -}}
              {{- end -}}
            {{- end -}}
            <a href="{{ $href }}">{{ .Text | safeHTML }}</a>
            """),
    ];
}
