using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;
using SlideBuilder.Model;

namespace SlideBuilder.Templates;

/// <summary>One command of a custom shape's outline, its points in the path's own units.</summary>
public sealed record PathCommand(char Op, IReadOnlyList<(long X, long Y)> Points);

/// <summary>A custom outline in its own coordinate space (<see cref="Width"/> × <see cref="Height"/>), stretched over the shape's box.</summary>
public sealed record ArtPath(long Width, long Height, IReadOnlyList<PathCommand> Commands);

/// <summary>
/// A shape or picture of a template's master or layout, as the PDFs and previews draw it behind a
/// slide: a preset outline (rect, ellipse, roundRect) or custom paths, filled and stroked in solid
/// colours, or a picture. The PPTX needs none of this: its slides inherit it from the layout.
/// </summary>
public sealed record TemplateArt(Rect Box, string Outline, string? Fill, string? Stroke, double StrokePoints, IReadOnlyList<ArtPath> Paths, byte[]? Picture)
{
    public double Rotation { get; init; }
    public bool FlipH { get; init; }
    public bool FlipV { get; init; }

    /// <summary>A gradient fill; <see cref="Fill"/> then holds its first colour, for whoever draws only solid fills.</summary>
    public ArtGradient? Gradient { get; init; }

    /// <summary>The text a shape outside the placeholders shows (a house line, a label); empty for none.</summary>
    public IReadOnlyList<ArtParagraph> Text { get; init; } = [];

    /// <summary>Where the text sits in the box: t, ctr or b.</summary>
    public string TextAnchor { get; init; } = "t";
}

/// <summary>A gradient: its stops (position 0–1, colour) along <see cref="Angle"/> degrees (clockwise from the right), or from the centre outwards.</summary>
public sealed record ArtGradient(IReadOnlyList<(double Position, string Color)> Stops, double Angle, bool Radial);

/// <summary>A paragraph of a template shape's text: its words, size in points, colour, weight, slant and alignment (l, ctr, r).</summary>
public sealed record ArtParagraph(string Text, double Size, string Color, bool Bold, bool Italic, string Align);

/// <summary>Reads the shapes of a master or layout that are not placeholders, and says which it cannot draw.</summary>
internal static class TemplateArtReader
{
    private static readonly HashSet<string> Presets = new(StringComparer.Ordinal) { "rect", "ellipse", "roundRect" };

    /// <summary>
    /// Preset outlines drawn as polygons in the box (EMU), at PowerPoint's default adjustments: slants and corners are
    /// measured on the box's shorter side, as PowerPoint measures them. Null for a preset not drawn as a polygon.
    /// </summary>
    private static (long X, long Y)[]? Polygon(string preset, long w, long h)
    {
        var ss = Math.Min(w, h);
        long A(double share) => (long)(ss * share);
        return preset switch
        {
            "triangle" => [(w / 2, 0), (w, h), (0, h)],
            "rtTriangle" => [(0, 0), (w, h), (0, h)],
            "diamond" or "flowChartDecision" => [(w / 2, 0), (w, h / 2), (w / 2, h), (0, h / 2)],
            "parallelogram" => [(A(0.25), 0), (w, 0), (w - A(0.25), h), (0, h)],
            "trapezoid" => [(0, h), (A(0.25), 0), (w - A(0.25), 0), (w, h)],
            "pentagon" => [(w / 2, 0), (w, (long)(h * 0.38197)), ((long)(w * 0.80902), h), ((long)(w * 0.19098), h), (0, (long)(h * 0.38197))],
            "hexagon" => [(A(0.25), 0), (w - A(0.25), 0), (w, h / 2), (w - A(0.25), h), (A(0.25), h), (0, h / 2)],
            "octagon" => [(A(0.29289), 0), (w - A(0.29289), 0), (w, A(0.29289)), (w, h - A(0.29289)), (w - A(0.29289), h), (A(0.29289), h), (0, h - A(0.29289)), (0, A(0.29289))],
            "homePlate" => [(0, 0), (w - A(0.5), 0), (w, h / 2), (w - A(0.5), h), (0, h)],
            "chevron" => [(0, 0), (w - A(0.5), 0), (w, h / 2), (w - A(0.5), h), (0, h), (A(0.5), h / 2)],
            "flowChartProcess" => [(0, 0), (w, 0), (w, h), (0, h)],
            _ => null,
        };
    }

    /// <summary>Preset lines: stroked from corner to corner of the box (its flips choose which corners).</summary>
    private static readonly HashSet<string> Lines = new(StringComparer.Ordinal) { "line", "straightConnector1" };

    /// <summary>Six hex digits: the only colour values a template's XML may hand on to our slides and renderer.</summary>
    public static bool IsHex(string? value) => value is { Length: 6 } && value.All(char.IsAsciiHexDigit);

    /// <summary>The theme colour a scheme colour names: bg1/tx1/bg2/tx2 through the usual colour map, accents as they are.</summary>
    public static string ThemeColorOf(string scheme) => scheme switch
    {
        "bg1" => "lt1",
        "tx1" => "dk1",
        "bg2" => "lt2",
        "tx2" => "dk2",
        _ => scheme,
    };

    /// <param name="skipped">Kinds of things not drawn (text boxes, groups, other presets), for one warning per template.</param>
    public static List<TemplateArt> Read(OpenXmlPart part, P.CommonSlideData? data, IReadOnlyDictionary<string, string> colors, ISet<string> skipped)
    {
        var result = new List<TemplateArt>();
        if (data?.Background?.BackgroundProperties?.GetFirstChild<A.BlipFill>() is { } backgroundFill && Image(part, backgroundFill) is { } backgroundPicture)
        {
            result.Add(new TemplateArt(new Rect(0, 0, 0, 0), "background", null, null, 0, [], backgroundPicture));
        }
        else if (Gradient(data?.Background?.BackgroundProperties?.GetFirstChild<A.GradientFill>(), colors) is { } gradient)
        {
            result.Add(new TemplateArt(new Rect(0, 0, 0, 0), "background", gradient.Stops[0].Color, null, 0, [], null) { Gradient = gradient });
        }

        Tree(part, data?.ShapeTree?.ChildElements ?? [], box => box, colors, skipped, result);
        return result;
    }

    /// <summary>The shapes of a tree, their boxes mapped into the slide by <paramref name="place"/> (a group's child space to the slide's).</summary>
    private static void Tree(OpenXmlPart part, IEnumerable<OpenXmlElement> elements, Func<Rect, Rect> place, IReadOnlyDictionary<string, string> colors, ISet<string> skipped, List<TemplateArt> result)
    {
        foreach (var element in elements)
        {
            switch (element)
            {
                case P.Shape shape when shape.NonVisualShapeProperties?.ApplicationNonVisualDrawingProperties?.PlaceholderShape is null:
                    var text = Text(shape.TextBody, colors);
                    if (Shape(shape.ShapeProperties, colors, skipped, text.Count > 0) is { } art)
                    {
                        result.Add(art with
                        {
                            Box = place(art.Box),
                            Text = text,
                            TextAnchor = shape.TextBody?.BodyProperties?.Anchor?.InnerText ?? "t",
                        });
                    }

                    break;
                case P.ConnectionShape connector when Shape(connector.ShapeProperties, colors, skipped, false) is { } line:
                    result.Add(line with { Box = place(line.Box) });
                    break;
                case P.ConnectionShape { ShapeStyle: not null }:
                    skipped.Add("lines coloured by the theme's style");
                    break;
                case P.Picture picture when picture.BlipFill is { } fill && Box(picture.ShapeProperties?.Transform2D) is { } box:
                    if (Image(part, fill) is { } bytes)
                    {
                        result.Add(new TemplateArt(place(box), "picture", null, null, 0, [], bytes) { Rotation = Rotation(picture.ShapeProperties?.Transform2D) });
                    }
                    else if (fill.GetFirstChild<A.Blip>()?.Link?.Value is not null)
                    {
                        skipped.Add("pictures linked from outside the file (never fetched)");
                    }

                    break;
                case P.GroupShape group when group.GroupShapeProperties?.TransformGroup is { } xfrm:
                    // Children are placed in the group's own space (chOff, chExt), stretched onto its box (off, ext).
                    var (off, ext, chOff, chExt) = (xfrm.Offset, xfrm.Extents, xfrm.ChildOffset, xfrm.ChildExtents);
                    if (off is null || ext is null || chOff is null || chExt is null || chExt.Cx?.Value is not > 0 || chExt.Cy?.Value is not > 0 || (xfrm.Rotation?.Value ?? 0) != 0)
                    {
                        skipped.Add("grouped shapes");
                        break;
                    }

                    double sx = (ext.Cx?.Value ?? 0) / (double)chExt.Cx.Value, sy = (ext.Cy?.Value ?? 0) / (double)chExt.Cy.Value;
                    long ox = off.X?.Value ?? 0, oy = off.Y?.Value ?? 0, cx = chOff.X?.Value ?? 0, cy = chOff.Y?.Value ?? 0;
                    Tree(part, group.ChildElements, r => place(new Rect(ox + (long)((r.X - cx) * sx), oy + (long)((r.Y - cy) * sy), (long)(r.Width * sx), (long)(r.Height * sy))), colors, skipped, result);
                    break;
                case P.GroupShape:
                    skipped.Add("grouped shapes");
                    break;
                case P.GraphicFrame:
                    skipped.Add("tables, charts or embedded objects");
                    break;
                case P.ConnectionShape:
                    skipped.Add("curved connectors");
                    break;
            }
        }
    }

    /// <param name="hasText">Whether the shape shows text: then it is kept even with neither fill nor line.</param>
    private static TemplateArt? Shape(OpenXmlCompositeElement? properties, IReadOnlyDictionary<string, string> colors, ISet<string> skipped, bool hasText)
    {
        var xfrm = properties?.GetFirstChild<A.Transform2D>();
        var presetName = properties?.GetFirstChild<A.PresetGeometry>()?.Preset?.InnerText;
        // A line has no height or no width; every other shape needs both.
        if (properties is null || (presetName is not null && Lines.Contains(presetName) ? LineBox(xfrm) : Box(xfrm)) is not { } box)
        {
            return null;
        }

        var gradient = properties.GetFirstChild<A.NoFill>() is null ? Gradient(properties.GetFirstChild<A.GradientFill>(), colors) : null;
        var fill = properties.GetFirstChild<A.NoFill>() is not null ? null : gradient?.Stops[0].Color ?? Color(properties.GetFirstChild<A.SolidFill>(), colors);
        var line = properties.GetFirstChild<A.Outline>();
        var stroke = line is null || line.GetFirstChild<A.NoFill>() is not null ? null : Color(line.GetFirstChild<A.SolidFill>(), colors);
        var strokePoints = (line?.Width?.Value ?? (line is null ? 0 : 9525)) / (double)Emu.PerPoint;
        if (fill is null && (stroke is null || strokePoints <= 0) && !hasText)
        {
            return null;
        }

        string outline;
        var paths = new List<ArtPath>();
        if (presetName is { } preset)
        {
            if (Polygon(preset, box.Width, box.Height) is { } corners)
            {
                outline = "path";
                paths.Add(new ArtPath(box.Width, box.Height,
                    [new PathCommand('M', [corners[0]]), .. corners.Skip(1).Select(c => new PathCommand('L', [c])), new PathCommand('Z', [])]));
            }
            else if (Lines.Contains(preset))
            {
                outline = "path";
                fill = null;
                gradient = null;
                paths.Add(new ArtPath(100000, 100000, [new PathCommand('M', [(0, 0)]), new PathCommand('L', [(100000, 100000)])]));
            }
            else if (!Presets.Contains(preset))
            {
                skipped.Add($"'{preset}' shapes");
                return null;
            }
            else
            {
                outline = preset;
            }
        }
        else if (properties.GetFirstChild<A.CustomGeometry>()?.PathList is { } list)
        {
            outline = "path";
            foreach (var path in list.Elements<A.Path>())
            {
                var commands = new List<PathCommand>();
                foreach (var command in path.ChildElements)
                {
                    var op = command switch
                    {
                        A.MoveTo => 'M',
                        A.LineTo => 'L',
                        A.CubicBezierCurveTo => 'C',
                        A.QuadraticBezierCurveTo => 'Q',
                        A.CloseShapePath => 'Z',
                        _ => '?',
                    };
                    if (op == '?')
                    {
                        skipped.Add("arcs in custom shapes");
                        return null;
                    }

                    var points = command.Elements<A.Point>().Select(p => (Coordinate(p.X), Coordinate(p.Y))).ToList();
                    commands.Add(new PathCommand(op, points));
                }

                paths.Add(new ArtPath(path.Width?.Value ?? box.Width, path.Height?.Value ?? box.Height, commands));
            }
        }
        else
        {
            return null;
        }

        return new TemplateArt(box, outline, fill, stroke, strokePoints, paths, null)
        {
            Rotation = Rotation(xfrm),
            FlipH = xfrm?.HorizontalFlip?.Value ?? false,
            FlipV = xfrm?.VerticalFlip?.Value ?? false,
            Gradient = gradient,
        };
    }

    /// <summary>A gradient fill's stops in order, and its direction; null when it has fewer than two usable stops.</summary>
    public static ArtGradient? Gradient(A.GradientFill? fill, IReadOnlyDictionary<string, string> colors)
    {
        var stops = fill?.GradientStopList?.Elements<A.GradientStop>()
            .Select(s => (Position: Math.Clamp((s.Position?.Value ?? 0) / 100000.0, 0, 1), Color: Color(s, colors)))
            .Where(s => s.Color is not null).Select(s => (s.Position, s.Color!)).OrderBy(s => s.Position).ToList();
        if (fill is null || stops is not { Count: >= 2 })
        {
            return null;
        }

        var angle = (fill.GetFirstChild<A.LinearGradientFill>()?.Angle?.Value ?? 0) / 60000.0;
        return new ArtGradient(stops, angle, fill.GetFirstChild<A.PathGradientFill>() is not null);
    }

    /// <summary>The paragraphs of a shape's text with their size, colour, weight, slant and alignment (the first run's).</summary>
    private static List<ArtParagraph> Text(P.TextBody? body, IReadOnlyDictionary<string, string> colors)
    {
        var result = new List<ArtParagraph>();
        foreach (var paragraph in body?.Elements<A.Paragraph>() ?? [])
        {
            // A slide-number field shows the template's placeholder text ("‹#›"): left out; a line break breaks the line.
            var text = string.Concat(paragraph.ChildElements.Select(e => e switch
            {
                A.Run r => r.Text?.Text,
                A.Field f when f.Type?.Value != "slidenum" => f.Text?.Text,
                A.Break => "\n",
                _ => null,
            }));
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var properties = paragraph.Descendants<A.RunProperties>().FirstOrDefault();
            var size = (properties?.FontSize?.Value ?? paragraph.GetFirstChild<A.EndParagraphRunProperties>()?.FontSize?.Value ?? 1800) / 100.0;
            var color = Color(properties?.GetFirstChild<A.SolidFill>(), colors) ?? colors.GetValueOrDefault("dk1", "000000");
            result.Add(new ArtParagraph(text.Trim(), Math.Clamp(size, 4, 200), color.Length == 8 ? color[2..] : color,
                properties?.Bold?.Value ?? false, properties?.Italic?.Value ?? false, paragraph.ParagraphProperties?.Alignment?.InnerText ?? "l"));
        }

        return result;
    }

    /// <summary>A line's box: one side may be zero.</summary>
    private static Rect? LineBox(A.Transform2D? xfrm) =>
        xfrm?.Offset is { } off && xfrm.Extents is { } ext && (ext.Cx?.Value > 0 || ext.Cy?.Value > 0)
            ? new Rect(off.X?.Value ?? 0, off.Y?.Value ?? 0, ext.Cx?.Value ?? 0, ext.Cy?.Value ?? 0)
            : null;

    private static long Coordinate(StringValue? value) => long.TryParse(value?.Value, out var v) ? v : 0; // guide names are not followed

    private static double Rotation(A.Transform2D? xfrm) => (xfrm?.Rotation?.Value ?? 0) / 60000.0;

    private static Rect? Box(A.Transform2D? xfrm) =>
        xfrm?.Offset is { } off && xfrm.Extents is { } ext && ext.Cx?.Value > 0 && ext.Cy?.Value > 0
            ? new Rect(off.X?.Value ?? 0, off.Y?.Value ?? 0, ext.Cx.Value, ext.Cy.Value)
            : null;

    private static string? Color(OpenXmlElement? fill, IReadOnlyDictionary<string, string> colors)
    {
        if (fill is null)
        {
            return null;
        }

        var hex = fill.GetFirstChild<A.RgbColorModelHex>()?.Val?.Value
                  ?? (fill.GetFirstChild<A.SchemeColor>()?.Val?.InnerText is { } scheme ? colors.GetValueOrDefault(ThemeColorOf(scheme)) : null)
                  ?? fill.GetFirstChild<A.SystemColor>()?.LastColor?.Value;
        if (!IsHex(hex))
        {
            return null;
        }

        // Transparency as the alpha of AARRGGBB.
        var alpha = fill.Descendants<A.Alpha>().FirstOrDefault()?.Val?.Value;
        return alpha is { } a && a < 100000 ? ((int)Math.Round(a / 100000.0 * 255)).ToString("X2", System.Globalization.CultureInfo.InvariantCulture) + hex!.ToUpperInvariant() : hex!.ToUpperInvariant();
    }

    /// <summary>The bytes of the picture a fill (a:blipFill or p:blipFill) embeds, within the picture size limit.</summary>
    private static byte[]? Image(OpenXmlPart part, OpenXmlElement fill)
    {
        if (fill.GetFirstChild<A.Blip>()?.Embed?.Value is not { } id || !part.TryGetPartById(id, out var image) || image is not ImagePart)
        {
            return null;
        }

        using var stream = image.GetStream();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.Length is > 0 and < Inputs.InputLimits.PictureBytes ? copy.ToArray() : null;
    }
}
