using DocumentFormat.OpenXml;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace SlideBuilder.Templates;

/// <summary>
/// A PowerPoint template's list levels: the bullet, its colour and font, the indents and the spacing its master's body
/// style gives each level, with the content layout's own body placeholder overriding them.
/// </summary>
internal static class TemplateLevels
{
    /// <summary>Fonts whose characters are pictures at private code points; their bullets are drawn as a round bullet here.</summary>
    private static readonly HashSet<string> SymbolFonts = new(StringComparer.OrdinalIgnoreCase)
    {
        "Wingdings", "Wingdings 2", "Wingdings 3", "Webdings", "Symbol", "Marlett", "MT Extra",
    };

    /// <summary>PowerPoint's single line is about 1.2 of the size: a 100% line spacing is 1.2 in our terms.</summary>
    private const double SingleLine = 1.2;

    public static IReadOnlyList<ListLevel> Read(P.TextStyles? styles, P.Shape? layoutBody, IReadOnlyList<double> bodySizes)
    {
        var master = styles?.BodyStyle;
        var own = layoutBody?.TextBody?.ListStyle;
        var result = new List<ListLevel>();
        for (var i = 1; i <= 9; i++)
        {
            var levels = new[] { LevelOf(own, i), LevelOf(master, i) }.OfType<A.TextParagraphPropertiesType>().ToList();
            if (levels.Count == 0)
            {
                break;
            }

            T? First<T>() where T : OpenXmlElement => levels.Select(l => l.GetFirstChild<T>()).FirstOrDefault(e => e is not null);
            long? Attribute(Func<A.TextParagraphPropertiesType, Int32Value?> get) => levels.Select(l => get(l)?.Value).FirstOrDefault(v => v is not null);
            var size = levels.Select(l => l.GetFirstChild<A.DefaultRunProperties>()?.FontSize?.Value / 100.0).FirstOrDefault(s => s is > 0)
                       ?? (bodySizes.Count > 0 ? bodySizes[Math.Min(i - 1, bodySizes.Count - 1)] : 24);

            // The first of the bullet elements a level states decides: none, a character, a number, or nothing said.
            var bullet = levels.Select(l => l.ChildElements.FirstOrDefault(e => e is A.NoBullet or A.CharacterBullet or A.AutoNumberedBullet or A.PictureBullet))
                .FirstOrDefault(e => e is not null);
            var font = First<A.BulletFont>()?.Typeface?.Value;
            var symbol = font is not null && SymbolFonts.Contains(font);
            var mark = bullet switch
            {
                A.NoBullet => "",
                A.CharacterBullet c when !symbol && c.Char?.Value is { Length: > 0 } ch && ch.EnumerateRunes().Count() <= 2 => ch,
                _ => null, // a picture, a number or a symbol font's character: a round bullet
            };

            result.Add(new ListLevel
            {
                Bullet = mark,
                BulletColor = BulletColor(First<A.BulletColor>()),
                BulletFont = symbol || font is null || font.StartsWith('+') ? null : font,
                MarginLeftPoints = Attribute(l => l.LeftMargin) is { } marL ? Math.Clamp(marL / 12700.0, 0, 400) : null,
                IndentPoints = Attribute(l => l.Indent) is { } indent ? Math.Clamp(indent / 12700.0, -400, 400) : null,
                LineSpacing = Spacing(First<A.LineSpacing>(), size) is { } line ? Math.Clamp(line, 0.5, 3) : null,
                SpaceBefore = Spacing(First<A.SpaceBefore>(), size) is { } before ? Math.Clamp(before, 0, 3) : null,
            });
        }

        return result;
    }

    private static A.TextParagraphPropertiesType? LevelOf(OpenXmlCompositeElement? list, int level) => level switch
    {
        1 => list?.GetFirstChild<A.Level1ParagraphProperties>(),
        2 => list?.GetFirstChild<A.Level2ParagraphProperties>(),
        3 => list?.GetFirstChild<A.Level3ParagraphProperties>(),
        4 => list?.GetFirstChild<A.Level4ParagraphProperties>(),
        5 => list?.GetFirstChild<A.Level5ParagraphProperties>(),
        6 => list?.GetFirstChild<A.Level6ParagraphProperties>(),
        7 => list?.GetFirstChild<A.Level7ParagraphProperties>(),
        8 => list?.GetFirstChild<A.Level8ParagraphProperties>(),
        _ => list?.GetFirstChild<A.Level9ParagraphProperties>(),
    };

    /// <summary>A bullet colour as a theme colour name or hex; unstated or "follow the text", the text's colour (PowerPoint's rule).</summary>
    private static string BulletColor(A.BulletColor? color)
    {
        if (color is not null)
        {
            if (color.GetFirstChild<A.RgbColorModelHex>()?.Val?.Value is { } hex && TemplateArtReader.IsHex(hex))
            {
                return hex.ToUpperInvariant();
            }

            if (color.GetFirstChild<A.SchemeColor>()?.Val?.InnerText is { } scheme && TemplateValidator.ColorNames.Contains(TemplateArtReader.ThemeColorOf(scheme)))
            {
                return TemplateArtReader.ThemeColorOf(scheme);
            }
        }

        return ListLevel.TextColor;
    }

    /// <summary>Spacing as a multiple of the size: points divided by it, a percentage of a single line.</summary>
    private static double? Spacing(OpenXmlCompositeElement? spacing, double size)
    {
        if (spacing?.GetFirstChild<A.SpacingPoints>()?.Val?.Value is { } points)
        {
            return points / 100.0 / size;
        }

        return spacing?.GetFirstChild<A.SpacingPercent>()?.Val?.Value is { } percent ? percent / 100000.0 * SingleLine : null;
    }
}
