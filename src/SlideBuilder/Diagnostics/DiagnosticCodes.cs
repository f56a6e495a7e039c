namespace SlideBuilder.Diagnostics;

/// <summary>Every diagnostic code in one place; the README lists them.</summary>
public static class DiagnosticCodes
{
    public const string UnreadableInput = "SB001";
    public const string InvalidFrontMatter = "SB002";
    public const string UnknownFrontMatterKey = "SB003";
    public const string InvalidSetting = "SB004";
    public const string InvalidCharacter = "SB005";
    public const string InvalidLink = "SB006";
    public const string TooDeep = "SB007";
    public const string MissingImage = "SB010";
    public const string UnsupportedImage = "SB011";
    public const string ContentSplit = "SB012";
    public const string TextShrunk = "SB013";
    public const string NotKept = "SB014";
    public const string MissingGlyph = "SB015";
    public const string Directive = "SB016";
    public const string UnclosedQuotation = "SB020";
    public const string OverTime = "SB060";
    public const string NotUtf8 = "SB021";
    public const string FigureError = "SB050";
    public const string FigureWarning = "SB051";
    public const string TemplateError = "SB030";
    public const string FontMissing = "SB031";
    public const string TemplateWarning = "SB032";
    public const string OutputError = "SB040";
    public const string InternalError = "SB090";

    /// <summary>What each code means, in a line: the rules of a SARIF log and the README's table.</summary>
    public static readonly IReadOnlyDictionary<string, string> Meanings = new SortedDictionary<string, string>(StringComparer.Ordinal)
    {
        [UnreadableInput] = "A notes file, folder or pattern cannot be read or names no notes.",
        [InvalidFrontMatter] = "The front matter is not valid YAML.",
        [UnknownFrontMatterKey] = "The front matter has a key SlideBuilder does not know.",
        [InvalidSetting] = "A setting has a value SlideBuilder cannot use.",
        [InvalidCharacter] = "The notes hold a character that cannot be written to a deck.",
        [InvalidLink] = "A link cannot be kept.",
        [TooDeep] = "Lists or quotations are nested too deeply.",
        [MissingImage] = "A picture is missing.",
        [UnsupportedImage] = "A picture cannot be read.",
        [ContentSplit] = "A slide's content was split over several slides.",
        [TextShrunk] = "Text was set smaller to fit.",
        [NotKept] = "Content written for another slide tool was not kept.",
        [MissingGlyph] = "No font on this machine draws some characters.",
        [Directive] = "A directive written for another slide tool was not understood.",
        [UnclosedQuotation] = "A quotation is never closed.",
        [NotUtf8] = "The notes are not UTF-8 text.",
        [TemplateError] = "The template cannot be used.",
        [FontMissing] = "A template's font file is missing or cannot be loaded.",
        [TemplateWarning] = "Part of the template cannot be used or drawn.",
        [OutputError] = "An output cannot be written.",
        [FigureError] = "A figure cannot be drawn.",
        [FigureWarning] = "A figure was drawn with a change.",
        [OverTime] = "The talk runs over its stated duration.",
        [InternalError] = "A fault of SlideBuilder's own.",
    };
}
