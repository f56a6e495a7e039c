using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using SlideBuilder.Layout;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

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
}

/// <summary>Reads the shapes of a master or layout that are not placeholders, and says which it cannot draw.</summary>
internal static class TemplateArtReader
{
    private static readonly HashSet<string> Presets = new(StringComparer.Ordinal) { "rect", "ellipse", "roundRect" };

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
                    if (shape.TextBody?.InnerText is { Length: > 0 })
                    {
                        skipped.Add("text outside placeholders");
                    }

                    if (Shape(shape.ShapeProperties, colors, skipped) is { } art)
                    {
                        result.Add(art with { Box = place(art.Box) });
                    }

                    break;
                case P.Picture picture when picture.BlipFill is { } fill && Box(picture.ShapeProperties?.Transform2D) is { } box:
                    if (Image(part, fill) is { } bytes)
                    {
                        result.Add(new TemplateArt(place(box), "picture", null, null, 0, [], bytes) { Rotation = Rotation(picture.ShapeProperties?.Transform2D) });
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
                    skipped.Add("connectors");
                    break;
            }
        }
    }

    private static TemplateArt? Shape(P.ShapeProperties? properties, IReadOnlyDictionary<string, string> colors, ISet<string> skipped)
    {
        if (properties is null || Box(properties.Transform2D) is not { } box)
        {
            return null;
        }

        var fill = properties.GetFirstChild<A.NoFill>() is not null ? null : Color(properties.GetFirstChild<A.SolidFill>() ?? (OpenXmlElement?)properties.GetFirstChild<A.GradientFill>()?.GradientStopList?.GetFirstChild<A.GradientStop>(), colors);
        var line = properties.GetFirstChild<A.Outline>();
        var stroke = line is null || line.GetFirstChild<A.NoFill>() is not null ? null : Color(line.GetFirstChild<A.SolidFill>(), colors);
        var strokePoints = (line?.Width?.Value ?? 0) / (double)Emu.PerPoint;
        if (fill is null && (stroke is null || strokePoints <= 0))
        {
            return null;
        }

        string outline;
        var paths = new List<ArtPath>();
        if (properties.GetFirstChild<A.PresetGeometry>()?.Preset?.InnerText is { } preset)
        {
            if (!Presets.Contains(preset))
            {
                skipped.Add($"'{preset}' shapes");
                return null;
            }

            outline = preset;
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
            Rotation = Rotation(properties.Transform2D),
            FlipH = properties.Transform2D?.HorizontalFlip?.Value ?? false,
            FlipV = properties.Transform2D?.VerticalFlip?.Value ?? false,
        };
    }

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
