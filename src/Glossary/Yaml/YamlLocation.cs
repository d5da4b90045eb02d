using Glossary.Diagnostics;
using YamlDotNet.Core;

namespace Glossary.Yaml;

/// <summary>
/// YamlDotNet counts lines and columns from 1 within the YAML text; front matter starts after the file's first
/// <c>lineOffset</c> lines (the opening '---'), site.yml at its top (offset 0).
/// </summary>
public static class YamlLocation
{
    public static SourceLocation Of(Mark mark, string file, int lineOffset) => new(file, (int)mark.Line + lineOffset, (int)mark.Column);
}
