namespace Glossary.Tests.Browser;

/// <summary>All browser tests share one built site, one server and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSite>
{
    public const string Name = "browser";
}
