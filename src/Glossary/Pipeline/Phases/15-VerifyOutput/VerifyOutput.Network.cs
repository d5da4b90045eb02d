using Glossary.Linking;
using Glossary.Network;

namespace Glossary.Pipeline.Phases;

/// <summary>The one kind of fragment that names no id: a view of the network's explorer.</summary>
public sealed partial class VerifyOutput
{
    private static readonly string ExplorerFile = SiteUrl.FileOf(SiteRoutes.Network);

    /// <summary>
    /// /network/#code: the explorer's script looks the code up in the code table (whose every default view tests check),
    /// so the page holds no element with that id; the letters' pages list each page under its code instead.
    /// </summary>
    private static bool IsExplorerView(FragmentLink link) =>
        (link.TargetFile == ExplorerFile || link.TargetFile.EndsWith("/" + ExplorerFile, StringComparison.Ordinal)) && ShareCode.IsCode(link.Fragment);
}
