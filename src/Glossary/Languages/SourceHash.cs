using System.Security.Cryptography;

namespace Glossary.Languages;

/// <summary>
/// Which version of its default-language twin a translation translates: the first 12 hex digits of the SHA-256 of
/// the twin's bytes with CRLF line ends made LF (what <c>sed 's/\r$//' FILE | sha256sum | cut -c1-12</c> prints), so a
/// checkout with Windows line ends gives the same hash.
/// </summary>
public static class SourceHash
{
    public const int Length = 12;

    public static string Of(byte[] bytes)
    {
        var lf = new List<byte>(bytes.Length);
        for (var i = 0; i < bytes.Length; i++)
            if (!(bytes[i] == (byte)'\r' && (i + 1 == bytes.Length || bytes[i + 1] == (byte)'\n'))) lf.Add(bytes[i]);
        return Convert.ToHexStringLower(SHA256.HashData([.. lf]))[..Length];
    }

    public static bool IsValid(string hash) => hash.Length == Length && hash.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
