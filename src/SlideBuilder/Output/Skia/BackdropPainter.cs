using SkiaSharp;
using SlideBuilder.Templates;

namespace SlideBuilder.Output.Skia;

/// <summary>
/// Draws a PowerPoint template's master and layout art behind a slide: pictures, shapes with solid or gradient fills and
/// lines, and the text of shapes outside the placeholders (set in the template's body font).
/// </summary>
internal sealed class BackdropPainter(TextPainter painter)
{
    private readonly Dictionary<byte[], SKImage?> _images = new(ReferenceEqualityComparer.Instance);

    public void Draw(SKCanvas canvas, IReadOnlyList<TemplateArt> art, float width, float height)
    {
        foreach (var item in art)
        {
            var box = item.Outline == "background"
                ? new SKRect(0, 0, width, height)
                : SKRect.Create(SlideRenderer.Points(item.Box.X), SlideRenderer.Points(item.Box.Y), SlideRenderer.Points(item.Box.Width), SlideRenderer.Points(item.Box.Height));
            canvas.Save();
            if (item.Rotation != 0 || item.FlipH || item.FlipV)
            {
                canvas.Translate(box.MidX, box.MidY);
                canvas.RotateDegrees((float)item.Rotation);
                canvas.Scale(item.FlipH ? -1 : 1, item.FlipV ? -1 : 1);
                canvas.Translate(-box.MidX, -box.MidY);
            }

            if (item.Picture is { } bytes)
            {
                if (!_images.TryGetValue(bytes, out var image))
                {
                    image = Notes.ImageResolver.Decode(bytes);
                    _images[bytes] = image;
                }

                if (image is not null)
                {
                    canvas.DrawImage(image, box, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
                }
            }
            else
            {
                using var path = Outline(item, box);
                if (item.Gradient is { } gradient)
                {
                    using var shader = Shader(gradient, box);
                    using var paint = new SKPaint { Shader = shader, IsAntialias = true };
                    canvas.DrawPath(path, paint);
                }
                else if (item.Fill is { } fill)
                {
                    using var paint = new SKPaint { Color = SKColor.Parse(fill), IsAntialias = true };
                    canvas.DrawPath(path, paint);
                }

                if (item.Stroke is { } stroke && item.StrokePoints > 0)
                {
                    using var paint = new SKPaint { Color = SKColor.Parse(stroke), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = (float)item.StrokePoints };
                    canvas.DrawPath(path, paint);
                }
            }

            if (item.Text.Count > 0 && !item.FlipH && !item.FlipV)
            {
                DrawText(canvas, item, box);
            }

            canvas.Restore();
        }
    }

    /// <summary>A gradient across the box: linear at its angle (clockwise from the right, as PowerPoint measures it), or from the centre.</summary>
    private static SKShader Shader(ArtGradient gradient, SKRect box)
    {
        var colors = gradient.Stops.Select(s => SKColor.Parse(s.Color)).ToArray();
        var positions = gradient.Stops.Select(s => (float)s.Position).ToArray();
        if (gradient.Radial)
        {
            return SKShader.CreateRadialGradient(new SKPoint(box.MidX, box.MidY), Math.Max(box.Width, box.Height) / 2, colors, positions, SKShaderTileMode.Clamp);
        }

        var radians = gradient.Angle * Math.PI / 180;
        var (dx, dy) = ((float)Math.Cos(radians), (float)Math.Sin(radians));
        // Half the box's extent along the direction, so the first and last stops touch its corners.
        var half = (Math.Abs(box.Width * dx) + Math.Abs(box.Height * dy)) / 2;
        return SKShader.CreateLinearGradient(
            new SKPoint(box.MidX - dx * half, box.MidY - dy * half), new SKPoint(box.MidX + dx * half, box.MidY + dy * half),
            colors, positions, SKShaderTileMode.Clamp);
    }

    /// <summary>The shape's paragraphs wrapped at word boundaries inside its box (PowerPoint's default insets), anchored as it says.</summary>
    private void DrawText(SKCanvas canvas, TemplateArt item, SKRect box)
    {
        const float insetX = 7.2f, insetY = 3.6f;
        var width = Math.Max(1, box.Width - 2 * insetX);
        var lines = new List<(string Text, SKFont Font, SKPaint Paint, string Align, float Height)>();
        foreach (var p in item.Text)
        {
            var style = (p.Bold ? Model.RunStyle.Bold : Model.RunStyle.None) | (p.Italic ? Model.RunStyle.Italic : Model.RunStyle.None);
            var font = TextPainter.NewFont(painter.Fonts.Face("body", style), (float)p.Size);
            var paint = new SKPaint { Color = SKColor.Parse(p.Color), IsAntialias = true };
            foreach (var written in p.Text.Split('\n'))
            {
                var line = "";
                foreach (var word in written.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    var longer = line.Length == 0 ? word : line + " " + word;
                    if (line.Length > 0 && painter.Measure(longer, font) > width)
                    {
                        lines.Add((line, font, paint, p.Align, (float)p.Size * 1.2f));
                        line = word;
                    }
                    else
                    {
                        line = longer;
                    }
                }

                lines.Add((line, font, paint, p.Align, (float)p.Size * 1.2f));
            }
        }

        var height = lines.Sum(l => l.Height);
        var y = item.TextAnchor switch
        {
            "ctr" => box.MidY - height / 2,
            "b" => box.Bottom - insetY - height,
            _ => box.Top + insetY,
        };
        foreach (var (text, font, paint, align, lineHeight) in lines)
        {
            var baseline = y + (lineHeight - font.Metrics.Ascent - font.Metrics.Descent) / 2;
            var advance = painter.Measure(text, font);
            var x = align switch
            {
                "ctr" => box.MidX - advance / 2,
                "r" => box.Right - insetX - advance,
                _ => box.Left + insetX,
            };
            painter.Draw(canvas, text, x, baseline, font, paint);
            y += lineHeight;
        }

        foreach (var font in lines.Select(l => l.Font).Distinct())
        {
            font.Dispose();
        }

        foreach (var paint in lines.Select(l => l.Paint).Distinct())
        {
            paint.Dispose();
        }
    }

    private static SKPath Outline(TemplateArt item, SKRect box)
    {
        using var path = new SKPathBuilder();
        switch (item.Outline)
        {
            case "ellipse":
                path.AddOval(box);
                break;
            case "roundRect":
                var r = Math.Min(box.Width, box.Height) / 6;
                path.AddRoundRect(new SKRoundRect(box, r, r));
                break;
            case "path":
                foreach (var outline in item.Paths)
                {
                    float X(long x) => box.Left + (outline.Width == 0 ? 0 : x * box.Width / outline.Width);
                    float Y(long y) => box.Top + (outline.Height == 0 ? 0 : y * box.Height / outline.Height);
                    foreach (var c in outline.Commands)
                    {
                        var p = c.Points;
                        switch (c.Op)
                        {
                            case 'M' when p.Count >= 1: path.MoveTo(X(p[0].X), Y(p[0].Y)); break;
                            case 'L' when p.Count >= 1: path.LineTo(X(p[0].X), Y(p[0].Y)); break;
                            case 'Q' when p.Count >= 2: path.QuadTo(X(p[0].X), Y(p[0].Y), X(p[1].X), Y(p[1].Y)); break;
                            case 'C' when p.Count >= 3: path.CubicTo(X(p[0].X), Y(p[0].Y), X(p[1].X), Y(p[1].Y), X(p[2].X), Y(p[2].Y)); break;
                            case 'Z': path.Close(); break;
                        }
                    }
                }

                break;
            default:
                path.AddRect(box);
                break;
        }

        return path.Detach();
    }
}
