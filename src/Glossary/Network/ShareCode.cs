using System.Security.Cryptography;
using System.Text;

namespace Glossary.Network;

/// <summary>
/// An 11-character code for a view: the first 66 bits of the SHA-256 of its canonical text (UTF-8), in base64url
/// (A–Z, a–z, 0–9, '-' and '_'). The same function runs in the browser (network.js), checked against one table of
/// cases (tests/Glossary.Tests/Network/share-code-cases.json). A hash, never an index: a view keeps its code across
/// builds as long as its pages exist.
/// </summary>
public static class ShareCode
{
    public const int Length = 11;

    public static string Of(string canonical)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical));
        return Convert.ToBase64String(hash, 0, 9).Replace('+', '-').Replace('/', '_')[..Length];
    }

    /// <summary>Whether <paramref name="text"/> has the shape of a code (it may still be one no view has).</summary>
    public static bool IsCode(string text) =>
        text.Length == Length && text.All(c => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_');
}
