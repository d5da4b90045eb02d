namespace Glossary.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    /// <summary>The content has errors (or warnings under --strict).</summary>
    public const int ContentErrors = 1;
    /// <summary>The command line or the folders given are wrong.</summary>
    public const int UsageError = 2;
}
