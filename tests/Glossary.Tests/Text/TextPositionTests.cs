using Glossary.Diagnostics;
using Glossary.Text;

namespace Glossary.Tests.Text;

/// <summary>Offsets into text as the lines and columns diagnostics print (<see cref="TextPosition"/>), one case a line; '|' marks the offset.</summary>
public sealed class TextPositionTests
{
    [Theory]
    [InlineData("|abc", 1, 1)]
    [InlineData("ab|c", 1, 3)]
    [InlineData("abc\n|def", 2, 1)]
    [InlineData("abc\nde|f", 2, 3)]
    [InlineData("a\n\n\n|x", 4, 1)]
    [InlineData("abc|\ndef", 1, 4)]
    [InlineData("é|t\nx", 1, 2)]
    public void Of(string marked, int line, int column)
    {
        var (text, offset) = Unmark(marked);
        Assert.Equal((line, column), TextPosition.Of(text, offset));
        Assert.Equal(new SourceLocation("f.md", line, column), TextPosition.In("f.md", text, offset));
    }

    /// <summary>A raw HTML block that starts at line 10, column 3 of its file.</summary>
    [Theory]
    [InlineData("<p |onclick=\"x\">", 10, 6)]
    [InlineData("<div>\n<p |onclick=\"x\">", 11, 4)]
    [InlineData("|<script>", 10, 3)]
    public void Within(string marked, int line, int column)
    {
        var (text, offset) = Unmark(marked);
        Assert.Equal(new SourceLocation("f.md", line, column), TextPosition.Within(new SourceLocation("f.md", 10, 3), text, offset));
    }

    [Theory]
    [InlineData("a", 1)]
    [InlineData("a\n", 1)]
    [InlineData("a\nb\n\n", 2)]
    [InlineData("a\n\nb", 3)]
    public void Last_line(string text, int line) => Assert.Equal(line, TextPosition.LastLine(text));

    [Theory]
    [InlineData(new byte[] { 0x61, 0x0A, 0x62, 0xFF }, 3, 2)]
    [InlineData(new byte[] { 0xFF }, 0, 1)]
    public void Line_of_a_byte(byte[] utf8, int offset, int line) => Assert.Equal(line, TextPosition.LineOf(utf8, offset));

    private static (string Text, int Offset) Unmark(string marked) => (marked.Replace("|", ""), marked.IndexOf('|'));
}
