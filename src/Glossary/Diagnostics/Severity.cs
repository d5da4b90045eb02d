namespace Glossary.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
