using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;
using SlideBuilder.Model;

namespace SlideBuilder.Templates;

/// <summary>A placeholder box on a template's layout (inherited from its master when the layout gives none).</summary>
public sealed record TemplatePlaceholder(string Type, uint? Index, Rect Box);

/// <summary>One layout of a template: its name, PowerPoint type, placeholders, and the background a slide on it shows.</summary>
public sealed record TemplateLayout(string Name, string? Type, Uri Part, IReadOnlyList<TemplatePlaceholder> Placeholders, string Background)
{
    /// <summary>What a slide on this layout shows behind its own shapes: the master's shapes and pictures, then the layout's.</summary>
    public IReadOnlyList<TemplateArt> Art { get; init; } = [];

    /// <summary>Whether the layout sets its title in capitals (<c>cap="all"</c> on the layout's title or the master's title style).</summary>
    public bool TitleCaps { get; init; }

    /// <summary>How body text on this layout is set at each list level (its body placeholder's, then its master's); empty when neither says.</summary>
    public IReadOnlyList<ListLevel> BodyLevels { get; init; } = [];

    /// <summary>Whether one of the template's own slides is on this layout: where a template has several of a kind, that one is meant.</summary>
    public bool UsedBySlides { get; init; }

    public TemplatePlaceholder? Find(params string[] types) =>
        types.Select(t => Placeholders.FirstOrDefault(p => p.Type == t)).FirstOrDefault(p => p is not null);
}

/// <summary>
/// What SlideBuilder takes from a user's .pptx or .potx: slide size, theme colours and fonts, the
/// title and body text sizes of the master, and every layout with its placeholders and background.
/// The package's own bytes are kept: the deck is written inside a copy of it.
/// </summary>
public sealed record PptxTemplate(
    byte[] Bytes,
    long Width,
    long Height,
    IReadOnlyDictionary<string, string> Colors,
    string HeadingFont,
    string BodyFont,
    double? TitleSize,
    IReadOnlyList<double> BodySizes,
    IReadOnlyList<TemplateLayout> Layouts,
    Rect? SlideNumber,
    Rect? Footer)
{
    /// <summary>OLE objects (embedded programs' documents) on the masters and layouts: dropped from the deck.</summary>
    public int EmbeddedObjects { get; init; }

    /// <summary>The fonts the template carries (<c>p:embeddedFontLst</c>), by typeface and style (regular, bold, italic, boldItalic).</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, byte[]>> CarriedFonts { get; init; } =
        new Dictionary<string, IReadOnlyDictionary<string, byte[]>>();

    /// <summary>The colour the master's title style gives titles (hex), if it says.</summary>
    public string? TitleColor { get; init; }

    /// <summary>The colour the master's body style gives body text (hex), if it says.</summary>
    public string? BodyColor { get; init; }

    /// <summary>Whether the master's title style is bold (null when the master has no title style).</summary>
    public bool? TitleBold { get; init; }

    /// <summary>The master's title alignment (l, ctr, r), if it says.</summary>
    public string? TitleAlign { get; init; }

    /// <summary>Carried fonts that cannot be read, each with why (compressed, not a font).</summary>
    public IReadOnlyList<string> UnreadableFonts { get; init; } = [];

    /// <summary>Kinds of master and layout content the PDFs do not draw (named in one warning).</summary>
    public IReadOnlyCollection<string> NotDrawn { get; init; } = [];

    /// <summary>Reads a package <see cref="PackageSafety"/> has passed; throws <see cref="InvalidDataException"/> when it is not a presentation.</summary>
    public static PptxTemplate Read(byte[] bytes)
    {
        using var doc = PresentationDocument.Open(new MemoryStream(bytes, writable: false), false,
            new OpenSettings { MarkupCompatibilityProcessSettings = new MarkupCompatibilityProcessSettings(MarkupCompatibilityProcessMode.NoProcess, DocumentFormat.OpenXml.FileFormatVersions.Office2019) });
        var pres = doc.PresentationPart ?? throw new InvalidDataException("it has no presentation part");
        if (pres.Presentation is null)
        {
            throw new InvalidDataException("its presentation part is empty");
        }

        // Without a slide size PowerPoint uses 10 × 7.5 inches.
        var size = pres.Presentation.SlideSize;
        long width = size?.Cx?.Value ?? 9144000, height = size?.Cy?.Value ?? 6858000;
        var masters = pres.SlideMasterParts.ToList();
        var ordered = (pres.Presentation.SlideMasterIdList?.Elements<P.SlideMasterId>() ?? [])
            .Select(id => id.RelationshipId?.Value is { } rid && pres.TryGetPartById(rid, out var part) ? part as SlideMasterPart : null).OfType<SlideMasterPart>().ToList();
        masters = [.. ordered, .. masters.Except(ordered)];
        var master = masters.FirstOrDefault() ?? throw new InvalidDataException("it has no slide master");
        var theme = master.ThemePart?.Theme?.ThemeElements ?? pres.ThemePart?.Theme?.ThemeElements ?? throw new InvalidDataException("it has no theme");

        var colors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (theme.ColorScheme is { } scheme)
        {
            void Add(string name, DocumentFormat.OpenXml.OpenXmlCompositeElement? element)
            {
                var hex = element?.GetFirstChild<A.RgbColorModelHex>()?.Val?.Value ?? element?.GetFirstChild<A.SystemColor>()?.LastColor?.Value;
                if (TemplateArtReader.IsHex(hex))
                {
                    colors[name] = hex!.ToUpperInvariant();
                }
            }

            Add("dk1", scheme.Dark1Color);
            Add("lt1", scheme.Light1Color);
            Add("dk2", scheme.Dark2Color);
            Add("lt2", scheme.Light2Color);
            Add("accent1", scheme.Accent1Color);
            Add("accent2", scheme.Accent2Color);
            Add("accent3", scheme.Accent3Color);
            Add("accent4", scheme.Accent4Color);
            Add("accent5", scheme.Accent5Color);
            Add("accent6", scheme.Accent6Color);
            Add("hlink", scheme.Hyperlink);
            Add("folHlink", scheme.FollowedHyperlinkColor);
        }

        var major = theme.FontScheme?.MajorFont?.LatinFont?.Typeface?.Value;
        var minor = theme.FontScheme?.MinorFont?.LatinFont?.Typeface?.Value;

        var styles = master.SlideMaster?.TextStyles;
        double? Size(A.TextParagraphPropertiesType? level) => level?.GetFirstChild<A.DefaultRunProperties>()?.FontSize?.Value / 100.0;
        var titleSize = Size(styles?.TitleStyle?.Level1ParagraphProperties);
        var body = styles?.BodyStyle;
        var bodySizes = new[] { Size(body?.Level1ParagraphProperties), Size(body?.Level2ParagraphProperties), Size(body?.Level3ParagraphProperties) }
            .TakeWhile(s => s is > 0).Select(s => s!.Value).ToList();

        var notDrawn = new SortedSet<string>(StringComparer.Ordinal);
        var used = pres.SlideParts.Select(sp => sp.SlideLayoutPart?.Uri).OfType<Uri>().ToHashSet();
        var layouts = new List<TemplateLayout>();
        foreach (var m in masters)
        {
            var masterPlaceholders = Placeholders(m.SlideMaster?.CommonSlideData);
            var masterBackground = Background(m.SlideMaster?.CommonSlideData?.Background, colors) ?? colors.GetValueOrDefault("lt1", "FFFFFF");
            var masterArt = TemplateArtReader.Read(m, m.SlideMaster?.CommonSlideData, colors, notDrawn);
            var ids = m.SlideMaster?.SlideLayoutIdList?.Elements<P.SlideLayoutId>()
                .Select(id => id.RelationshipId?.Value is { } rid && m.TryGetPartById(rid, out var part) ? part as SlideLayoutPart : null).OfType<SlideLayoutPart>().ToList() ?? [];
            foreach (var part in ids.Concat(m.SlideLayoutParts.Except(ids)))
            {
                var layout = part.SlideLayout;
                var own = Placeholders(layout?.CommonSlideData);
                // A layout's placeholder without a box of its own sits where the master's of the same kind does.
                var resolved = own.Select(p => p.Box.Width > 0 && p.Box.Height > 0 ? p : Inherit(p, masterPlaceholders)).OfType<TemplatePlaceholder>().ToList();
                layouts.Add(new TemplateLayout(
                    layout?.CommonSlideData?.Name?.Value ?? "",
                    layout?.Type?.InnerText,
                    part.Uri,
                    resolved,
                    Background(layout?.CommonSlideData?.Background, colors) ?? masterBackground)
                {
                    UsedBySlides = used.Contains(part.Uri),
                    BodyLevels = TemplateLevels.Read(m.SlideMaster?.TextStyles, BodyShape(layout?.CommonSlideData), bodySizes),
                    TitleCaps = (TitleCapitals(layout?.CommonSlideData) ?? TitleCapitals(m.SlideMaster?.CommonSlideData)
                                 ?? m.SlideMaster?.TextStyles?.TitleStyle?.Level1ParagraphProperties?.GetFirstChild<A.DefaultRunProperties>()?.Capital?.InnerText) == "all",
                    // A layout with a background picture of its own, or that hides the master's shapes, shows only its own art.
                    Art = [.. layout?.ShowMasterShapes?.Value == false ? [] : masterArt.Where(a => a.Outline != "background" || layout?.CommonSlideData?.Background is null),
                        .. TemplateArtReader.Read(part, layout?.CommonSlideData, colors, notDrawn)],
                });
            }
        }

        var (carried, unreadable) = CarriedFontsOf(pres);
        string? StyleColor(A.TextParagraphPropertiesType? level)
        {
            var fill = level?.GetFirstChild<A.DefaultRunProperties>()?.GetFirstChild<A.SolidFill>();
            if (fill?.RgbColorModelHex?.Val?.Value is { } hex && TemplateArtReader.IsHex(hex))
            {
                return hex.ToUpperInvariant();
            }

            return fill?.SchemeColor?.Val?.InnerText is { } scheme ? colors.GetValueOrDefault(Mapped(master.SlideMaster?.ColorMap, scheme)) : null;
        }

        var firstMaster = Placeholders(master.SlideMaster?.CommonSlideData);
        return new PptxTemplate(bytes, width, height, colors, major ?? minor ?? "Arial", minor ?? major ?? "Arial", titleSize, bodySizes, layouts,
            firstMaster.FirstOrDefault(p => p.Type == "sldNum" && p.Box.Width > 0)?.Box,
            firstMaster.FirstOrDefault(p => p.Type == "ftr" && p.Box.Width > 0)?.Box)
        {
            NotDrawn = notDrawn,
            CarriedFonts = carried,
            TitleColor = StyleColor(styles?.TitleStyle?.Level1ParagraphProperties),
            BodyColor = StyleColor(body?.Level1ParagraphProperties),
            // A title style that does not say bold is not bold, as PowerPoint sets it.
            TitleBold = styles?.TitleStyle?.Level1ParagraphProperties is { } titleLevel ? titleLevel.GetFirstChild<A.DefaultRunProperties>()?.Bold?.Value ?? false : null,
            TitleAlign = styles?.TitleStyle?.Level1ParagraphProperties?.Alignment?.InnerText,
            UnreadableFonts = unreadable,
            EmbeddedObjects = masters.Sum(m => OleFrames(m.SlideMaster).Count + m.SlideLayoutParts.Sum(l => OleFrames(l.SlideLayout).Count)),
        };
    }

    /// <summary>The theme colour a scheme colour names through the master's colour map (a dark master maps text to a light colour).</summary>
    private static string Mapped(P.ColorMap? map, string scheme) => scheme switch
    {
        "tx1" => map?.Text1?.InnerText ?? "dk1",
        "tx2" => map?.Text2?.InnerText ?? "dk2",
        "bg1" => map?.Background1?.InnerText ?? "lt1",
        "bg2" => map?.Background2?.InnerText ?? "lt2",
        _ => TemplateArtReader.ThemeColorOf(scheme),
    };

    /// <summary>The fonts the presentation carries, unwrapped from their EOT parts; and those it cannot read.</summary>
    private static (Dictionary<string, IReadOnlyDictionary<string, byte[]>> Fonts, List<string> Unreadable) CarriedFontsOf(PresentationPart pres)
    {
        var fonts = new Dictionary<string, IReadOnlyDictionary<string, byte[]>>(StringComparer.OrdinalIgnoreCase);
        var unreadable = new List<string>();
        foreach (var font in pres.Presentation?.EmbeddedFontList?.Elements<P.EmbeddedFont>() ?? [])
        {
            if (font.Font?.Typeface?.Value is not { Length: > 0 } typeface)
            {
                continue;
            }

            var styles = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var (style, id) in new[] { ("regular", font.RegularFont?.Id), ("bold", font.BoldFont?.Id), ("italic", font.ItalicFont?.Id), ("boldItalic", font.BoldItalicFont?.Id) })
            {
                if (id?.Value is not { } rid || !pres.TryGetPartById(rid, out var part) || part is not FontPart)
                {
                    continue;
                }

                using var stream = part.GetStream();
                using var copy = new MemoryStream();
                stream.CopyTo(copy);
                var (data, problem) = copy.Length < Inputs.InputLimits.TemplateFileBytes ? FontFiles.EotFont.Unwrap(copy.ToArray()) : (null, "it is too large");
                if (data is null)
                {
                    unreadable.Add($"'{typeface}' ({style}): {problem}");
                }
                else
                {
                    styles[style] = data;
                }
            }

            if (styles.Count > 0)
            {
                fonts[typeface] = styles;
            }
        }

        return (fonts, unreadable);
    }

    /// <summary>The graphic frames of a master or layout that hold an OLE object.</summary>
    public static List<P.GraphicFrame> OleFrames(DocumentFormat.OpenXml.OpenXmlElement? root) =>
        root?.Descendants<P.GraphicFrame>().Where(f => f.Graphic?.GraphicData?.Uri?.Value == "http://schemas.openxmlformats.org/presentationml/2006/ole").ToList() ?? [];

    /// <summary>A layout's body placeholder (a body or content placeholder, the first by index).</summary>
    private static P.Shape? BodyShape(P.CommonSlideData? data) =>
        data?.ShapeTree?.Elements<P.Shape>()
            .Select(s => (Shape: s, Ph: s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape))
            .Where(x => x.Ph is not null && (x.Ph.Type is null || x.Ph.Type.InnerText is "body" or "obj"))
            .OrderBy(x => x.Ph!.Index?.Value ?? uint.MaxValue)
            .Select(x => x.Shape).FirstOrDefault();

    /// <summary>The <c>cap</c> its title placeholder's own list style gives, if any.</summary>
    private static string? TitleCapitals(P.CommonSlideData? data) =>
        data?.ShapeTree?.Elements<P.Shape>()
            .Where(s => s.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape?.Type?.InnerText is "title" or "ctrTitle")
            .Select(s => s.TextBody?.ListStyle?.Level1ParagraphProperties?.GetFirstChild<A.DefaultRunProperties>()?.Capital?.InnerText)
            .FirstOrDefault(c => c is not null);

    private static TemplatePlaceholder? Inherit(TemplatePlaceholder p, List<TemplatePlaceholder> master)
    {
        var kind = p.Type switch { "ctrTitle" => "title", "subTitle" or "obj" => "body", var t => t };
        var found = master.FirstOrDefault(m => m.Type == kind && m.Box.Width > 0);
        return found is null ? null : p with { Box = found.Box };
    }

    private static List<TemplatePlaceholder> Placeholders(P.CommonSlideData? data)
    {
        var result = new List<TemplatePlaceholder>();
        foreach (var shape in data?.ShapeTree?.Elements<P.Shape>() ?? [])
        {
            var ph = shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape;
            if (ph is null)
            {
                continue;
            }

            var xfrm = shape.ShapeProperties?.Transform2D;
            var box = xfrm?.Offset is { } off && xfrm.Extents is { } ext
                ? new Rect(off.X?.Value ?? 0, off.Y?.Value ?? 0, ext.Cx?.Value ?? 0, ext.Cy?.Value ?? 0)
                : new Rect(0, 0, 0, 0);
            // A placeholder with no type is a content ("obj") placeholder.
            result.Add(new TemplatePlaceholder(ph.Type?.InnerText ?? "obj", ph.Index?.Value, box));
        }

        return result;
    }

    /// <summary>A slide background's colour: a solid fill, a gradient's first stop, or the theme colour a style reference names.</summary>
    private static string? Background(P.Background? background, Dictionary<string, string> colors)
    {
        if (background is null)
        {
            return null;
        }

        var fill = (DocumentFormat.OpenXml.OpenXmlElement?)background.BackgroundProperties?.GetFirstChild<A.SolidFill>()
                   ?? (DocumentFormat.OpenXml.OpenXmlElement?)background.BackgroundProperties?.GetFirstChild<A.GradientFill>()?.GradientStopList?.GetFirstChild<A.GradientStop>()
                   ?? background.BackgroundStyleReference;
        if (fill is null)
        {
            return null;
        }

        if (fill.GetFirstChild<A.RgbColorModelHex>()?.Val?.Value is { } hex && TemplateArtReader.IsHex(hex))
        {
            return hex.ToUpperInvariant();
        }

        if (fill.GetFirstChild<A.SchemeColor>()?.Val?.InnerText is { } scheme)
        {
            return colors.GetValueOrDefault(TemplateArtReader.ThemeColorOf(scheme));
        }

        return fill.GetFirstChild<A.SystemColor>()?.LastColor?.Value is { } last && TemplateArtReader.IsHex(last) ? last.ToUpperInvariant() : null;
    }
}
