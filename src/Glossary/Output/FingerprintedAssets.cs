using System.Collections.Frozen;
using Glossary.Text;

namespace Glossary.Output;

/// <summary>Gives each theme asset a name containing its content hash ("site.3f2a9c01de.css"), so hosts can cache it forever.</summary>
public sealed class FingerprintedAssets
{
    public const string Folder = "assets";

    private readonly FrozenDictionary<string, string> _paths;

    public FingerprintedAssets(IEnumerable<ThemeAsset> assets)
    {
        var files = new List<OutputFile>();
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in assets.OrderBy(a => a.Name, StringComparer.Ordinal))
        {
            var extension = Path.GetExtension(asset.Name);
            var stem = asset.Name[..^extension.Length];
            var path = $"{Folder}/{stem}.{Hashing.ShortHash(asset.Content)}{extension}";
            paths[asset.Name] = "/" + path;
            files.Add(new OutputFile(path, asset.Content));
        }
        _paths = paths.ToFrozenDictionary(StringComparer.Ordinal);
        Files = files;
    }

    public IReadOnlyList<OutputFile> Files { get; }

    /// <summary>The site-relative path of an asset by logical name ("site.css" → "/assets/site.….css").</summary>
    public string PathOf(string name) =>
        _paths.TryGetValue(name, out var path) ? path : throw new InvalidOperationException($"the theme has no asset '{name}'");

    public IEnumerable<string> PathsWithExtension(string extension) =>
        _paths.Where(p => p.Key.EndsWith(extension, StringComparison.Ordinal)).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Value);
}
