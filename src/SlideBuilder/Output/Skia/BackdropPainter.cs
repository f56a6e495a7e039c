using SkiaSharp;
using SlideBuilder.Templates;

namespace SlideBuilder.Output.Skia;

/// <summary>Draws a PowerPoint template's master and layout art behind a slide: pictures, and shapes with solid fills and lines.</summary>
internal sealed class BackdropPainter
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
                if (item.Fill is { } fill)
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

            canvas.Restore();
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
