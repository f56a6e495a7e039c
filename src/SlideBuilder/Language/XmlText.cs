using System.Text;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Language;

/// <summary>
/// Text that XML cannot hold: C0 control characters other than tab and line feed, U+FFFE, U+FFFF and
/// lone surrogates. Each is replaced with U+FFFD (the replacement character), with one warning per
/// line that had any, so the deck is always well-formed and the speaker can find what was replaced.
/// </summary>
public static class XmlText
{
    public const char Replacement = '\uFFFD';

    public static bool IsValid(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (InvalidAt(text, i))
            {
                return false;
            }

            if (char.IsHighSurrogate(text[i]))
            {
                i++; // a valid pair
            }
        }

        return true;
    }

    /// <summary>The text with every character XML cannot hold replaced; a warning per line where <paramref name="path"/> is given.</summary>
    public static string Clean(string text, string? path = null, DiagnosticBag? diagnostics = null)
    {
        if (IsValid(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        var line = 1;
        var warnedLine = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (InvalidAt(text, i))
            {
                if (path is not null && diagnostics is not null && warnedLine != line)
                {
                    diagnostics.Warn(new SourceLocation(path, line), DiagnosticCodes.InvalidCharacter,
                        $"character U+{(int)c:X4} cannot be stored in a deck; it is replaced with U+FFFD (�)");
                    warnedLine = line;
                }

                sb.Append(Replacement);
                continue;
            }

            sb.Append(c);
            if (char.IsHighSurrogate(c))
            {
                sb.Append(text[++i]);
            }
            else if (c == '\n')
            {
                line++;
            }
        }

        return sb.ToString();
    }

    private static bool InvalidAt(string text, int i)
    {
        var c = text[i];
        if (c < 0x20)
        {
            return c is not ('\t' or '\n' or '\r');
        }

        if (char.IsHighSurrogate(c))
        {
            return i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) || c is '\uFFFE' or '\uFFFF';
    }
}
