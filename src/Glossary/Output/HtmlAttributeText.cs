using System.Buffers;
using System.Net;
using System.Text;

namespace Glossary.Output;

/// <summary>
/// An attribute value from <see cref="HtmlAttributeScanner"/> as the browser reads it: UTF-8 decoded (invalid bytes
/// become U+FFFD), line breaks normalised to "\n", NUL made U+FFFD and character references decoded. Values without
/// '&amp;', CR or NUL (nearly all) are only decoded from UTF-8, into a buffer the caller reuses.
/// </summary>
public static class HtmlAttributeText
{
    private static readonly SearchValues<byte> Special = SearchValues.Create("&\r\0"u8);

    /// <summary>The value's text; it lives in <paramref name="buffer"/> (grown when too small) until the next call.</summary>
    public static ReadOnlySpan<char> Decode(ReadOnlySpan<byte> raw, ref char[] buffer)
    {
        if (buffer.Length < raw.Length) buffer = new char[Math.Max(raw.Length, buffer.Length * 2)];
        var length = Encoding.UTF8.GetChars(raw, buffer);
        if (!raw.ContainsAny(Special)) return buffer.AsSpan(0, length);
        var text = new string(buffer, 0, length).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Replace('\0', '\uFFFD');
        if (text.Contains('&', StringComparison.Ordinal)) text = WebUtility.HtmlDecode(text);
        if (buffer.Length < text.Length) buffer = new char[text.Length];
        text.CopyTo(buffer);
        return buffer.AsSpan(0, text.Length);
    }
}
