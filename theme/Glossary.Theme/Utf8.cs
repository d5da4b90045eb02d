using System.Text;

namespace Glossary.Theme;

/// <summary>UTF-8 bytes straight from a <see cref="StringBuilder"/>'s chunks, without an intermediate string.</summary>
internal static class Utf8
{
    public static byte[] Encode(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks()) count += Encoding.UTF8.GetByteCount(chunk.Span);
        var bytes = new byte[count];
        var encoder = Encoding.UTF8.GetEncoder();
        var written = 0;
        foreach (var chunk in text.GetChunks())
            written += encoder.GetBytes(chunk.Span, bytes.AsSpan(written), flush: false);
        encoder.GetBytes([], bytes.AsSpan(written), flush: true);
        return bytes;
    }
}
