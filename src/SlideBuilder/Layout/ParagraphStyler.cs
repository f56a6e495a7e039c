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
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            // A footnote is set small at the foot of the text, with room above it.
            var size = p.Kind == ParagraphKind.Footnote ? Math.Max(10, Math.Round(style.SizeFor(0) * 0.55)) : style.SizeFor(p.Level);
            var (marL, indent) = Indents(p, size, style.Indented);
            var lineSpacing = size * style.LineSpacing;
            var before = i == 0 ? 0 : p.Level > 0 && p.Kind != ParagraphKind.Subheading ? size * 0.25 : size * style.ParagraphSpacing;
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
            var align = style.Align == TextAlign.Left && Shaping.IsRightToLeft(p.Text) ? TextAlign.Right : style.Align;
            result.Add(new LaidOutParagraph(p, style.FontRole, size, lineSpacing, before, marL, indent, align, style.ExtraStyle,
                p.Kind == ParagraphKind.Subheading ? theme.Color("accent1") : style.Color, lines)
            {
                DisplayLines = display.Count <= lines.Count ? display : lines,
            });
        }

        return result;
    }

    public static long HeightOf(IReadOnlyList<LaidOutParagraph> paragraphs) =>
        Emu.FromPoints(paragraphs.Sum(p => p.HeightPoints)) + 2 * SlideGeometry.InsetY;

    private static (long MarginLeft, long Indent) Indents(Paragraph p, double size, bool indented)
    {
        var bulletWidth = Emu.FromPoints(size * 1.1);
        var levelStep = Emu.FromInches(0.45);
        var baseIndent = indented ? Emu.FromInches(0.3) : 0;
        return p.Kind switch
        {
            ParagraphKind.Bullet or ParagraphKind.Numbered => (baseIndent + bulletWidth + p.Level * levelStep, -bulletWidth),
            ParagraphKind.Plain when p.Level > 0 => (baseIndent + bulletWidth + p.Level * levelStep, 0),
            _ => (baseIndent, 0),
        };
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
    bool AllCaps = false)
{
    public double SizeFor(int level) => Sizes[Math.Min(level, Sizes.Count - 1)];

    public TextStyle Scaled(double factor) => this with { Sizes = Sizes.Select(s => Math.Round(s * factor * 2) / 2).ToList() };
}
