using Glossary.Cli.Serving;
using Glossary.IO;
using Glossary.Tests.Support;

namespace Glossary.Tests.Browser;

/// <summary>The Spanish fixture (<see cref="SpanishFixture"/>) built and served on 127.0.0.1, for the browser tests of twins.</summary>
public sealed class SpanishSite : IAsyncLifetime
{
    private readonly TempFolder _temp = new();
    private StaticSiteHost? _host;

    public Uri? Address => _host?.Address;

    public async ValueTask InitializeAsync()
    {
        var result = SpanishFixture.Create().Build();
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        var output = _temp.Combine("site");
        Directory.CreateDirectory(_temp.Combine("input"));
        OutputWriter.Write(_temp.Combine("input"), output, result.Files);
        _host = await StaticSiteHost.StartAsync(output);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null) await _host.DisposeAsync();
        _temp.Dispose();
    }
}
