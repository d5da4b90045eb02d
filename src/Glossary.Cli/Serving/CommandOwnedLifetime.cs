using Microsoft.Extensions.Hosting;

namespace Glossary.Cli.Serving;

/// <summary>
/// The web host's default lifetime registers its own Ctrl+C and SIGTERM handlers, which stop only the host and race
/// the handlers of 'serve' (now and then a Ctrl+C stopped the host but not the command). 'serve' owns the signals and
/// stops the host itself, so the host gets a lifetime that listens to nothing.
/// </summary>
internal sealed class CommandOwnedLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
