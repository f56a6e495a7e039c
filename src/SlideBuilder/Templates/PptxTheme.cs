using SkiaSharp;
using SlideBuilder.Model;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Templates;

/// <summary>
/// A <see cref="Theme"/> made from a PowerPoint template: its colours, its heading and body fonts (the
/// machine's files for them, found through fontconfig, so text is measured as it will be drawn), text
/// sizes from its master, and the geometry of its layouts' placeholders.
/// </summary>
internal static class PptxTheme
{
    /// <summary>Free fonts drawn to the same widths as the fonts Office themes name: lines break alike in either.</summary>
    private static readonly Dictionary<string, string> MetricTwins = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Arial"] = "Liberation Sans", ["Helvetica"] = "Liberation Sans", ["Times New Roman"] = "Liberation Serif",
        ["Courier New"] = "Liberation Mono", ["Arial Narrow"] = "Liberation Sans Narrow", ["Calibri"] = "Carlito",
        ["Cambria"] = "Caladea", ["Georgia"] = "Gelasio",
    };

    public static Theme From(PptxTemplate template, string name, string file, DiagnosticBag? warnings)
    {
        var at = new SourceLocation(file, 1);
        var builtIn = Path.Combine(TemplateLoader.BuiltInDirectory, TemplateLoader.DefaultName);
        var fallback = TemplateLoader.Load(TemplateLoader.DefaultName, at); // colours the template lacks, and the code face
        var colors = TemplateValidator.ColorNames.ToDictionary(c => c, c => template.Colors.GetValueOrDefault(c) ?? fallback.Color(c), StringComparer.Ordinal);

        var fontData = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var substituted = new List<string>();
        var twins = new List<string>();
        FontFamilySpec Family(string family)
        {
            // A font the template carries measures its own text, whatever this machine has.
            if (template.CarriedFonts.TryGetValue(family, out var carried) && carried.TryGetValue("regular", out var carriedRegular))
            {
                string Carried(string style, byte[] data)
                {
                    var key = $"carried:{family}:{style}";
                    fontData[key] = data;
                    return key;
                }

                var regularKey = Carried("regular", carriedRegular);
                string? Style(string style) => carried.TryGetValue(style, out var data) ? Carried(style, data) : null;
                return new FontFamilySpec { Name = family, Regular = regularKey, Bold = Style("bold"), Italic = Style("italic"), BoldItalic = Style("boldItalic") };
            }

            string? File(SKFontStyle style, string suffix)
            {
                // Not disposed: the font manager hands out shared faces that the machine's fallback may hold too.
                var face = SKFontManager.Default.MatchFamily(family, style);
                if (face is null)
                {
                    return null;
                }

                using var stream = face.OpenStream(out var index);
                using var data = stream is null || index != 0 ? null : SKData.Create(stream);
                if (data is null)
                {
                    return null;
                }

                if (!string.Equals(face.FamilyName, family, StringComparison.OrdinalIgnoreCase) && suffix == "regular")
                {
                    (string.Equals(MetricTwins.GetValueOrDefault(family), face.FamilyName, StringComparison.OrdinalIgnoreCase) ? twins : substituted)
                        .Add($"'{family}' by '{face.FamilyName}'");
                }

                var key = $"machine:{face.FamilyName}:{suffix}";
                fontData[key] = data.ToArray();
                return key;
            }

            var regular = File(SKFontStyle.Normal, "regular");
            if (regular is null)
            {
                substituted.Add($"'{family}' by 'Liberation Sans' (no font for it on this machine)");
                var sans = fallback.Fonts["sans"];
                foreach (var path in new[] { sans.Regular, sans.Bold, sans.Italic, sans.BoldItalic }.OfType<string>())
                {
                    fontData["builtin:" + path] = fallback.FontData[path];
                }

                return new FontFamilySpec { Name = family, Regular = "builtin:" + sans.Regular, Bold = "builtin:" + sans.Bold, Italic = "builtin:" + sans.Italic, BoldItalic = "builtin:" + sans.BoldItalic };
            }

            return new FontFamilySpec
            {
                Name = family,
                Regular = regular,
                Bold = File(SKFontStyle.Bold, "bold"),
                Italic = File(SKFontStyle.Italic, "italic"),
                BoldItalic = File(SKFontStyle.BoldItalic, "bolditalic"),
            };
        }

        var heading = Family(template.HeadingFont);
        var body = string.Equals(template.HeadingFont, template.BodyFont, StringComparison.OrdinalIgnoreCase) ? heading : Family(template.BodyFont);
        var mono = fallback.Fonts["mono"];
        foreach (var path in new[] { mono.Regular, mono.Bold, mono.Italic, mono.BoldItalic }.OfType<string>())
        {
            fontData["builtin:" + path] = fallback.FontData[path];
        }

        if (substituted.Count > 0)
        {
            warnings?.Warn(at, DiagnosticCodes.TemplateWarning,
                $"the template's fonts are not all on this machine: text is measured with {string.Join(" and ", substituted.Distinct(StringComparer.Ordinal))}; line breaks may differ where the deck is shown with the original fonts");
        }
        else if (twins.Count > 0)
        {
            warnings?.Warn(at, DiagnosticCodes.TemplateWarning,
                $"the template's fonts are not on this machine: text is measured with {string.Join(" and ", twins.Distinct(StringComparer.Ordinal))}, drawn to the same widths, so lines break as with the original fonts");
        }

        var (map, missing) = LayoutMatcher.Match(template.Layouts);
        if (missing.Count > 0)
        {
            warnings?.Warn(at, DiagnosticCodes.TemplateWarning,
                $"the template has no layout for {string.Join(", ", missing.Select(SlideLayoutNames.Of))}: " +
                string.Join("; ", missing.Select(k => $"{SlideLayoutNames.Of(k)} uses '{map[k].Name}'")));
        }

        if (template.UnreadableFonts.Count > 0)
        {
            warnings?.Warn(at, DiagnosticCodes.TemplateWarning,
                $"the template carries fonts SlideBuilder cannot read, so the machine's are used for them: {string.Join("; ", template.UnreadableFonts)}");
        }

        if (template.EmbeddedObjects > 0)
        {
            warnings?.Warn(at, DiagnosticCodes.TemplateWarning,
                $"the template's masters and layouts hold {template.EmbeddedObjects} embedded object(s) (OLE); they are dropped: a deck never carries another program's objects from a template");
        }

        if (template.NotDrawn.Count > 0)
        {
            warnings?.Warn(at, DiagnosticCodes.TemplateWarning,
                $"the PDFs and previews do not draw the template's {string.Join(", ", template.NotDrawn)}; the PPTX keeps them");
        }

        var bodySize = template.BodySizes.Count > 0 ? Math.Clamp(template.BodySizes[0], 14, 48) : 26;
        var titleSize = Math.Clamp(template.TitleSize ?? 36, 20, 60);
        double Scaled(double size) => Math.Round(size * bodySize / 26);
        return new Theme
        {
            Name = name,
            Description = $"PowerPoint template {Path.GetFileName(file)}",
            Slide = new SlideSize { WidthInches = template.Width / (double)Emu.PerInch, HeightInches = template.Height / (double)Emu.PerInch },
            Colors = colors,
            Fonts = new Dictionary<string, FontFamilySpec>(StringComparer.Ordinal)
            {
                ["heading"] = heading,
                ["body"] = body,
                ["mono"] = new() { Name = mono.Name, Regular = "builtin:" + mono.Regular, Bold = "builtin:" + mono.Bold, Italic = "builtin:" + mono.Italic, BoldItalic = "builtin:" + mono.BoldItalic },
            },
            Roles = new FontRoles { Heading = "heading", Body = "body", Quote = "body", Code = "mono" },
            Sizes = new TextSizes
            {
                Title = titleSize,
                TitleSlide = Math.Round(titleSize * 44 / 36),
                Section = Math.Round(titleSize * 40 / 36),
                Subtitle = Scaled(24),
                Body = template.BodySizes.Count > 0 ? [.. template.BodySizes.Select(s => Math.Clamp(s, 12, 48))] : [26, 22, 20],
                MinBody = Math.Min(bodySize, Scaled(18)),
                Quote = Scaled(30),
                MinQuote = Scaled(22),
                Attribution = Scaled(20),
                Code = Scaled(16),
                Table = Scaled(18),
                MinTable = 12,
                Notes = 12,
            },
            // Body text takes the content layout's list levels; a template that states none (LibreOffice's) keeps ours.
            MasterText = new MasterTextStyle(template.TitleColor, template.BodyColor, template.TitleBold, template.TitleAlign),
            Levels = map[SlideLayoutKind.TitleAndContent].BodyLevels is { Count: > 0 } levels ? levels : ListLevel.Defaults,
            Directory = builtIn,
            FontData = fontData,
            Package = template,
            LayoutMap = map,
            Geometry = Geometry(template, map),
        };
    }

    /// <summary>The boxes of the template's own placeholders, where it has them; our defaults for the slide's size elsewhere.</summary>
    private static SlideGeometry Geometry(PptxTemplate template, IReadOnlyDictionary<SlideLayoutKind, TemplateLayout> map)
    {
        var defaults = new SlideGeometry(template.Width, template.Height);
        var content = map[SlideLayoutKind.TitleAndContent];
        var title = content.Find("title", "ctrTitle")?.Box ?? defaults.Title;
        var body = content.Find("body", "obj")?.Box ?? defaults.Body with { Y = title.Bottom + Emu.FromInches(0.2), Height = template.Height - title.Bottom - Emu.FromInches(0.8) };
        var cover = map[SlideLayoutKind.Title];
        var coverTitle = cover.Find("ctrTitle", "title")?.Box ?? defaults.TitleSlideTitle;
        var subtitle = cover.Find("subTitle", "body", "obj")?.Box ?? defaults.TitleSlideSubtitle;
        // The byline goes under the subtitle; a tall subtitle box (LibreOffice's) is shared between them.
        var room = template.Height - subtitle.Bottom - Emu.FromInches(0.3);
        Rect byline;
        if (room >= Emu.FromInches(0.8))
        {
            byline = subtitle with { Y = subtitle.Bottom + Emu.FromInches(0.1), Height = Math.Min(room, Emu.FromInches(1.5)) };
        }
        else
        {
            var top = subtitle with { Height = subtitle.Height * 2 / 5 };
            byline = subtitle with { Y = top.Bottom, Height = subtitle.Height - top.Height };
            subtitle = top;
        }

        var section = map[SlideLayoutKind.SectionHeader].Find("title", "ctrTitle")?.Box ?? coverTitle;
        return new SlideGeometry(template.Width, template.Height)
        {
            Decorated = false,
            Title = title,
            Body = body,
            TitleSlideTitle = coverTitle,
            TitleSlideSubtitle = subtitle,
            TitleSlideByline = byline,
            SectionTitle = section,
            SlideNumber = template.SlideNumber ?? defaults.SlideNumber,
            Footer = template.Footer ?? defaults.Footer,
        };
    }
}
