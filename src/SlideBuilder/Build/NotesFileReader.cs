using System.Text;
using SlideBuilder.Inputs;
using SlideBuilder.Diagnostics;
using SlideBuilder.Language;
using SlideBuilder.Notes;

namespace SlideBuilder.Build;

/// <summary>Reads a notes file's text (UTF-8 with or without BOM; otherwise Windows-1252 with a warning) and picks its reader.</summary>
public static class NotesFileReader
{
    public static readonly IReadOnlySet<string> Extensions = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".md", ".markdown", ".txt" };

    public static NotesDocument Read(string path, DiagnosticBag diagnostics, InputPolicy? policy = null)
    {
        var text = ReadText(path, diagnostics);
        var doc = IsPlainText(path)
            ? Notes.Prose.PlainTextNotesReader.Read(path, text, diagnostics)
            : Notes.MarkdownNotesReader.Read(path, text, diagnostics, policy);
        var auto = IsPlainText(path) || (doc.Settings.FiguresAuto ?? !doc.Blocks.Any(b => b is ContentBlock { Block: Model.FigureBlock }));
        return auto ? Planning.FigureFinder.AddFigures(doc, fromScript: IsPlainText(path)) : doc;
    }

    public static bool IsPlainText(string path) => Path.GetExtension(path).Equals(".txt", StringComparison.OrdinalIgnoreCase);

    public static string ReadText(string path, DiagnosticBag diagnostics)
    {
        // The notes file is the user's own choice: no folder restriction, but it must be a regular file of sensible size.
        var read = new InputPolicy([], AllowOutside: true).Read(path, InputLimits.NotesBytes);
        var bytes = read.Bytes
            ?? throw new BuildException(new Diagnostic(new SourceLocation(path, 1), Severity.Error, DiagnosticCodes.UnreadableInput, $"cannot read the notes file: {read.Reason}"));

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var line = 1 + bytes.Take(Math.Max(0, ex.Index)).Count(b => b == (byte)'\n');
            diagnostics.Warn(new SourceLocation(path, line), DiagnosticCodes.NotUtf8, "the file is not valid UTF-8; it is read as Windows-1252 (save it as UTF-8 to silence this)");
            text = Windows1252.Decode(bytes);
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        return XmlText.Clean(text, path, diagnostics);
    }
}

/// <summary>Windows-1252 without the code-pages provider: Latin-1 plus the 0x80–0x9F punctuation block.</summary>
internal static class Windows1252
{
    private static readonly char[] High =
    [
        '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008D', 'Ž', '\u008F',
        '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009D', 'ž', 'Ÿ',
    ];

    public static string Decode(byte[] bytes)
    {
        var chars = new char[bytes.Length];
        for (var i = 0; i < bytes.Length; i++)
        {
            var b = bytes[i];
            chars[i] = b is >= 0x80 and <= 0x9F ? High[b - 0x80] : (char)b;
        }

        return new string(chars);
    }
}
