namespace SlideBuilder.Model;

[Flags]
public enum RunStyle
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Code = 4,
}

/// <summary>A stretch of text with one style; <see cref="Link"/> makes it a hyperlink.</summary>
public sealed record Run(string Text, RunStyle Style = RunStyle.None, string? Link = null)
{
    /// <summary>The author's hard line break inside a run (U+2028, LINE SEPARATOR): every writer breaks the line there.</summary>
    public const char LineBreak = '\u2028';
}

/// <summary><see cref="Footnote"/>: a footnote's text at the foot of the slide, in small type.</summary>
public enum ParagraphKind { Plain, Bullet, Numbered, Subheading, Footnote }

/// <summary>A paragraph of runs. <see cref="Level"/> is the list nesting depth (0 = top).</summary>
public sealed record Paragraph(IReadOnlyList<Run> Runs, ParagraphKind Kind = ParagraphKind.Plain, int Level = 0, int Number = 0)
{
    /// <summary>The click on which the paragraph appears (PowerPoint builds); 0: shown with the slide. PDFs show every step.</summary>
    public int Step { get; init; }

    /// <summary>Set by the notes reader on the items of an incremental list: each item gets a click of its own when planned.</summary>
    public bool Incremental { get; init; }

    public string Text => string.Concat(Runs.Select(r => r.Text));

    public static Paragraph Plain(string text) => new([new Run(text)]);

    public static Paragraph Bullet(string text) => new([new Run(text)], ParagraphKind.Bullet);
}
