namespace SlideBuilder.Build;

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
}
