using System.Security.Cryptography;

namespace Glossary.Text;

public static class Hashing
{
    /// <summary>First <paramref name="length"/> hex characters of the SHA-256 of the bytes.</summary>
    public static string ShortHash(ReadOnlySpan<byte> bytes, int length = 10) =>
        Convert.ToHexStringLower(SHA256.HashData(bytes))[..length];
}
