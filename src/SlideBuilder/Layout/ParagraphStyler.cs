using SlideBuilder.Model;
using SlideBuilder.Templates;

namespace SlideBuilder.Layout;

/// <summary>Turns model paragraphs into laid-out paragraphs: sizes, indents, spacing and measured lines.</summary>
internal sealed class ParagraphStyler(TextMeasurer measurer, Theme theme)
{
    public Theme Theme => theme;
    public TextMeasurer Measurer => measurer;

    /// <summary>Lays out paragraphs that share one text box of the given width.</summary>
    public List<LaidOutParagraph> Lay(IReadOnlyList<Paragraph> paragraphs, TextStyle style, long boxWidth)
    {
        var inner = boxWidth - 2 * SlideGeometry.InsetX;
        var result = new List<LaidOutParagraph>(paragraphs.Count);
        var numberStart = 1;
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            // Body text takes the template's list levels: their spacing and indents; bullets take its marks everywhere.
            var level = theme.Level(p.Level);
            var listed = style.Listed ? level : null;
            // A footnote is set small at the foot of the text, with room above it.
            var size = p.Kind == ParagraphKind.Footnote ? Math.Max(10, Math.Round(style.SizeFor(0) * 0.55)) : style.SizeFor(p.Level);
            var (marL, indent) = Indents(p, size, style.Indented, listed);
            var lineSpacing = size * (listed?.LineSpacing ?? style.LineSpacing);
            var before = i == 0 ? 0
                : listed?.SpaceBefore is { } spacing && p.Kind is not (ParagraphKind.Subheading or ParagraphKind.Footnote) ? size * spacing
                : p.Level > 0 && p.Kind != ParagraphKind.Subheading ? size * 0.25 : size * style.ParagraphSpacing;
            if (p.Kind == ParagraphKind.Subheading && i > 0)
            {
                before = size * 0.8;
            }
            else if (p.Kind == ParagraphKind.Footnote && i > 0)
            {
                before = paragraphs[i - 1].Kind == ParagraphKind.Footnote ? size * 0.2 : size * 1.5;
            }

            var width = Emu.ToPoints(inner - marL);
            // Text a template sets in capitals is measured and drawn in capitals; the deck keeps it as written.
            var runs = style.AllCaps ? [.. p.Runs.Select(r => r with { Text = r.Text.ToUpperInvariant() })] : p.Runs;
            var lines = measurer.Wrap(runs, style.FontRole, style.ExtraStyle, size, width);
            var display = measurer.Wrap(runs, style.FontRole, style.ExtraStyle, size, width, TextMeasurer.DisplaySlack);
            // A right-to-left paragraph (Hebrew, Arabic) starts at the right: left alignment becomes right.
            var rtl = Shaping.IsRightToLeft(p.Text);
            var align = style.Align == TextAlign.Left && rtl ? TextAlign.Right : style.Align;
            var color = p.Kind == ParagraphKind.Subheading ? theme.Color("accent1") : style.Color;
            if (p.Kind == ParagraphKind.Numbered)
            {
                // A numbered list continuing at the same level keeps counting; any other starts again at its own number.
                var continues = i > 0 && paragraphs[i - 1] is { Kind: ParagraphKind.Numbered } previous && previous.Level == p.Level;
                numberStart = continues ? numberStart : p.Number;
            }

            var marker = Marker(p, level, color, numberStart);
            // A list level without a mark (bullet "" or PowerPoint's buNone) does not hang its first line.
            indent = marker is null ? 0 : indent;
            result.Add(new LaidOutParagraph(p, style.FontRole, size, lineSpacing, before, marL, indent, align, style.ExtraStyle, color, lines)
            {
                DisplayLines = display.Count <= lines.Count ? display : lines,
                Marker = marker,
                RightToLeft = rtl,
                LinkColor = theme.Color("hlink"),
            });
        }

        return result;
    }

    /// <summary>A bullet in the level's mark and colour; a number in the text's colour, counted from the list's start.</summary>
    private ParagraphMarker? Marker(Paragraph p, ListLevel level, string textColor, int numberStart) => p.Kind switch
    {
        ParagraphKind.Bullet when level.Mark.Length > 0 =>
            new ParagraphMarker(level.Mark, level.MarkColor(theme, textColor), level.BulletFont ?? theme.Font("body").Name),
        ParagraphKind.Numbered => new ParagraphMarker(
            p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".", textColor, theme.Font("body").Name, Math.Clamp(numberStart, 1, 32_767)),
        _ => null,
    };

    public static long HeightOf(IReadOnlyList<LaidOutParagraph> paragraphs) =>
        Emu.FromPoints(paragraphs.Sum(p => p.HeightPoints)) + 2 * SlideGeometry.InsetY;

    /// <summary>
    /// Where a paragraph's text starts and where its bullet hangs: the template's level when it says, else a bullet box of
    /// 1.1 em and levels 0.45 inch apart.
    /// </summary>
    private static (long MarginLeft, long Indent) Indents(Paragraph p, double size, bool indented, ListLevel? level)
    {
        var baseIndent = indented ? Emu.FromInches(0.3) : 0;
        var (margin, hang) = ListIndents(level, p.Level, size);
        return p.Kind switch
        {
            ParagraphKind.Bullet or ParagraphKind.Numbered => (baseIndent + margin, hang),
            ParagraphKind.Plain when p.Level > 0 => (baseIndent + margin, 0),
            _ => (baseIndent, 0),
        };
    }

    /// <summary>
    /// A list paragraph's text margin and bullet hang at <paramref name="levelIndex"/>: the template's level when it gives
    /// them, else a bullet box of 1.1 em and levels 0.45 inch apart. The deck's master states the same.
    /// </summary>
    public static (long MarginLeft, long Indent) ListIndents(ListLevel? level, int levelIndex, double size)
    {
        var bulletWidth = Emu.FromPoints(size * 1.1);
        var margin = level?.MarginLeftPoints is { } points ? Emu.FromPoints(points) : bulletWidth + levelIndex * Emu.FromInches(0.45);
        var hang = level?.IndentPoints is { } hanging ? Emu.FromPoints(hanging) : -bulletWidth;
        return (margin, Math.Max(hang, -margin));
    }
}

/// <summary>How a group of paragraphs is set: font role, sizes per level, spacing, colour.</summary>
internal sealed record TextStyle(
    string FontRole,
    IReadOnlyList<double> Sizes,
    string Color,
    RunStyle ExtraStyle = RunStyle.None,
    TextAlign Align = TextAlign.Left,
    double LineSpacing = 1.2,
    double ParagraphSpacing = 0.5,
    bool Indented = false,
    bool AllCaps = false,
    bool Listed = false)
{
    public double SizeFor(int level) => Sizes[Math.Min(level, Sizes.Count - 1)];

    public TextStyle Scaled(double factor) => this with { Sizes = Sizes.Select(s => Math.Round(s * factor * 2) / 2).ToList() };
}
