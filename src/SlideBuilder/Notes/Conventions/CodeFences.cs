namespace SlideBuilder.Notes.Conventions;

/// <summary>
/// Follows fenced code blocks line by line as CommonMark does (a fence closes only with the same character,
/// at least as many of them, and nothing after), so the text passes before Markdown never touch code.
/// </summary>
internal sealed class CodeFences
{
    private char _char;
    private int _length;

    /// <summary>Whether the line belongs to a fenced code block, its fences included.</summary>
    public bool Inside(string line)
    {
        var indent = line.Length - line.TrimStart(' ').Length;
        var text = line.TrimStart(' ');
        var run = text.Length > 0 && text[0] is '`' or '~' ? text.TakeWhile(c => c == text[0]).Count() : 0;
        if (_length == 0)
        {
            if (indent <= 3 && run >= 3 && !(text[0] == '`' && text[run..].Contains('`')))
            {
                (_char, _length) = (text[0], run);
                return true;
            }

            return false;
        }

        if (indent <= 3 && run >= _length && text[0] == _char && text[run..].Trim().Length == 0)
        {
            _length = 0;
        }

        return true;
    }
}
