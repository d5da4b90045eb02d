using Glossary.Diagnostics;
using Glossary.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Glossary.Yaml;

/// <summary>Parses YAML text into its root mapping, turning parser exceptions into diagnostics.</summary>
public static class YamlDocumentLoader
{
    public static YamlMappingNode? LoadMapping(string yaml, string file, int lineOffset, DiagnosticBag diagnostics, string what)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            diagnostics.Error(YamlLocation.Of(ex.Start, file, lineOffset), DiagnosticCodes.MalformedYaml,
                $"{what} is not valid YAML: {CleanMessage(ex)}",
                "check indentation and colons; text containing ': ' or starting with a quote, '[' or '{' needs quotes around it");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet throws this (instead of a YamlException) when text ends inside an unclosed [ or {.
            diagnostics.Error(new SourceLocation(file, lineOffset + TextPosition.LastLine(yaml), 1), DiagnosticCodes.MalformedYaml,
                $"{what} is not valid YAML: it ends before a bracket, brace or quote is closed",
                "look for a '[', '{' or quote without its closing partner, such as 'aliases: [IOP'");
            return null;
        }
        if (stream.Documents.Count == 0) return new YamlMappingNode();
        if (stream.Documents[0].RootNode is YamlMappingNode map) return map;
        if (stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return new YamlMappingNode();
        var root = stream.Documents[0].RootNode;
        diagnostics.Error(YamlLocation.Of(root.Start, file, lineOffset), DiagnosticCodes.MalformedYaml,
            $"{what} must be a set of 'key: value' lines", "start each line with a key, such as 'title: Medical Necessity'");
        return null;
    }

    private static string CleanMessage(YamlException ex)
    {
        var message = ex.InnerException is YamlException inner ? inner.Message : ex.Message;
        // YamlDotNet prefixes messages with "(Line: 3, Col: 1, Idx: 20) - (Line: …): "; we print our own position.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return (cut >= 0 ? message[(cut + 3)..] : message).TrimEnd('.');
    }
}
