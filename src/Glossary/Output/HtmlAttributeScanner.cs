using System.Text;

namespace Glossary.Output;

/// <summary>
/// The attributes of every start tag in a UTF-8 HTML page, read the way HTML's tokenizer reads them, without decoding
/// the page into text: text between tags is skipped with a vectorised search for '&lt;', comments and doctypes are
/// skipped whole, and an attribute's value stays bytes until the caller asks for it (<see cref="HtmlAttributeText"/>).
/// It reads tags as AngleSharp's tokenizer does when no tree builder drives it (script and style contents are read as
/// markup too), so it sees every tag the full check sees; a test compares the two on every page of the real site. The
/// one difference is on the safe side: a tag the page ends inside is still read (AngleSharp drops it).
/// </summary>
public ref struct HtmlAttributeScanner(ReadOnlySpan<byte> html)
{
    private readonly ReadOnlySpan<byte> _html = html;
    private int _position;
    private bool _inTag;

    /// <summary>The current tag's name, as written (compare with <see cref="Ascii.EqualsIgnoreCase(ReadOnlySpan{byte}, ReadOnlySpan{byte})"/>).</summary>
    public ReadOnlySpan<byte> Element { get; private set; }

    /// <summary>The current attribute's name, as written.</summary>
    public ReadOnlySpan<byte> Name { get; private set; }

    /// <summary>The current attribute's value, as written: quotes removed, character references not yet decoded.</summary>
    public ReadOnlySpan<byte> RawValue { get; private set; }

    /// <summary>Moves to the next attribute of a start tag; false at the end of the page.</summary>
    public bool MoveNext()
    {
        while (true)
        {
            if (_inTag && NextAttribute()) return true;
            _inTag = false;
            if (!NextStartTag()) return false;
        }
    }

    private bool NextStartTag()
    {
        while (true)
        {
            var open = _html[_position..].IndexOf((byte)'<');
            if (open < 0 || _position + open + 1 >= _html.Length)
            {
                _position = _html.Length;
                return false;
            }
            _position += open + 1;
            var next = _html[_position];
            if (IsAsciiLetter(next))
            {
                var end = _position;
                while (end < _html.Length && !IsSpace(_html[end]) && _html[end] is not (byte)'/' and not (byte)'>') end++;
                Element = _html[_position..end];
                _position = end;
                _inTag = true;
                return true;
            }
            if (next == (byte)'/' && _position + 1 < _html.Length && IsAsciiLetter(_html[_position + 1]))
                SkipEndTag();
            else if (next == (byte)'!')
                SkipMarkupDeclaration();
            else if (next is (byte)'/' or (byte)'?')
                SkipTo((byte)'>');
            // Any other character after '<' is text.
        }
    }

    /// <summary>An end tag's attributes are read (a quoted '&gt;' does not end it) and dropped, as the tokenizer does.</summary>
    private void SkipEndTag()
    {
        while (NextAttribute()) { }
    }

    private void SkipMarkupDeclaration()
    {
        var rest = _html[(_position + 1)..];
        if (!rest.StartsWith("--"u8))
        {
            SkipTo((byte)'>');
            return;
        }
        // A comment: "<!-->" and "<!--->" end at once; otherwise at "-->" or "--!>".
        var start = _position + 3;
        if (_html[start..].StartsWith(">"u8) || _html[start..].StartsWith("->"u8))
        {
            _position = start + (_html[start] == (byte)'>' ? 1 : 2);
            return;
        }
        for (var at = start; ;)
        {
            var dashes = _html[at..].IndexOf("--"u8);
            if (dashes < 0)
            {
                _position = _html.Length;
                return;
            }
            var after = at + dashes + 2;
            if (_html[after..].StartsWith(">"u8) || _html[after..].StartsWith("!>"u8))
            {
                _position = after + (_html[after] == (byte)'>' ? 1 : 2);
                return;
            }
            at += dashes + 1;
        }
    }

    private void SkipTo(byte end)
    {
        var found = _html[_position..].IndexOf(end);
        _position = found < 0 ? _html.Length : _position + found + 1;
    }

    /// <summary>Reads the next attribute of the tag being read; false at its '&gt;' (or at the end of the page).</summary>
    private bool NextAttribute()
    {
        while (_position < _html.Length && (IsSpace(_html[_position]) || _html[_position] == (byte)'/')) _position++;
        if (_position >= _html.Length || _html[_position] == (byte)'>')
        {
            _position = Math.Min(_position + 1, _html.Length);
            return false;
        }
        var nameStart = _position++;
        while (_position < _html.Length && !IsSpace(_html[_position]) && _html[_position] is not (byte)'/' and not (byte)'>' and not (byte)'=') _position++;
        Name = _html[nameStart.._position];
        while (_position < _html.Length && IsSpace(_html[_position])) _position++;
        if (_position >= _html.Length || _html[_position] != (byte)'=')
        {
            RawValue = [];
            return true;
        }
        _position++;
        while (_position < _html.Length && IsSpace(_html[_position])) _position++;
        RawValue = ReadValue();
        return true;
    }

    private ReadOnlySpan<byte> ReadValue()
    {
        if (_position >= _html.Length) return [];
        var quote = _html[_position];
        if (quote is (byte)'"' or (byte)'\'')
        {
            var length = _html[(_position + 1)..].IndexOf(quote);
            var value = length < 0 ? _html[(_position + 1)..] : _html.Slice(_position + 1, length);
            _position = length < 0 ? _html.Length : _position + length + 2;
            return value;
        }
        var start = _position;
        while (_position < _html.Length && !IsSpace(_html[_position]) && _html[_position] != (byte)'>') _position++;
        return _html[start.._position];
    }

    private static bool IsAsciiLetter(byte c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\n' or (byte)'\t' or (byte)'\r' or (byte)'\f';
}
