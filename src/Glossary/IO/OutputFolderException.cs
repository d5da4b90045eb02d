namespace Glossary.IO;

/// <summary>The output folder cannot be used safely (it is the input, contains it, or holds files glossary did not write).</summary>
public sealed class OutputFolderException(string message, string hint) : Exception(message)
{
    public string Hint { get; } = hint;
}
