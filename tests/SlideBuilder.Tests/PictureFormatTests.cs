using SkiaSharp;
using SlideBuilder.Tests.Support;
using P = DocumentFormat.OpenXml.Presentation;

namespace SlideBuilder.Tests;

/// <summary>Pictures in every common format reach the deck and the PDFs; one that cannot be read says which format it is.</summary>
public sealed class PictureFormatTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private const string Svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"100\" viewBox=\"0 0 200 100\">" +
        "<rect width=\"200\" height=\"100\" fill=\"#eeeeff\"/><circle cx=\"100\" cy=\"50\" r=\"40\" fill=\"#1f5f8b\"/>" +
        "<text x=\"10\" y=\"95\" font-family=\"Liberation Sans\" font-size=\"12\">vectorlabel</text></svg>";

    private static byte[] Encoded(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SeaGreen);
        }

        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    private static (int Width, int Height) PngSize(byte[] png) =>
        ((png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19], (png[20] << 24) | (png[21] << 16) | (png[22] << 8) | png[23]);

    private static IReadOnlyList<byte[]> Media(PptxInspector deck, int slide, string contentType) =>
        deck.Slides[slide].ImageParts.Where(p => p.ContentType == contentType).Select(p =>
        {
            using var s = p.GetStream();
            using var m = new MemoryStream();
            s.CopyTo(m);
            return m.ToArray();
        }).ToList();

    [Fact]
    public void An_svg_is_an_svg_with_a_png_fallback_in_the_deck_and_vectors_in_the_pdf()
    {
        _ws.Write("circle.svg", Svg);
        var notes = _ws.Write("talk.md", "# T\n\n## Vector\n\n![A blue circle](circle.svg)\n");
        var result = _ws.BuildAll(notes);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SB011");
        using var deck = new PptxInspector(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
        var blip = deck.Slides[1].Slide.Descendants<P.Picture>().Single().BlipFill!.Blip!;
        Assert.Contains("svgBlip", blip.OuterXml);
        Assert.Single(Media(deck, 1, "image/svg+xml"));
        var png = Assert.Single(Media(deck, 1, "image/png"));
        var (w, h) = PngSize(png);
        Assert.Equal(2.0, w / (double)h, 2);
        Assert.Empty(deck.ValidationErrors());

        if (ExternalTools.Has("pdftotext"))
        {
            // The SVG's own text is text in the PDF: drawn as vectors, not as a picture of them.
            Assert.Contains("vectorlabel", PdfText.AllText(result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal))));
        }
        else
        {
            Assert.False(ExternalTools.InCi, "pdftotext is needed in CI");
        }
    }

    [Fact]
    public void A_webp_picture_goes_into_the_deck_as_png_at_its_size()
    {
        File.WriteAllBytes(Path.Combine(_ws.Root, "square.webp"), Encoded(120, 80, SKEncodedImageFormat.Webp));
        var (result, pptx) = _ws.BuildMarkdown("# T\n\n## Web\n\nWords beside it.\n\n![A green square](square.webp)\n");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "SB010" or "SB011");
        using var deck = new PptxInspector(pptx);
        Assert.Equal((120, 80), PngSize(Assert.Single(Media(deck, 1, "image/png"))));
        Assert.Equal("A green square", deck.Slides[1].Slide.Descendants<P.Picture>().Single().NonVisualPictureProperties!.NonVisualDrawingProperties!.Description!.Value);
    }

    [Fact]
    public void A_jpeg_is_turned_upright_by_its_exif_orientation()
    {
        var jpeg = Encoded(120, 80, SKEncodedImageFormat.Jpeg);
        // An EXIF block saying "rotate 90° clockwise to view" (orientation 6), right after the start-of-image marker.
        byte[] exif =
        [
            0xFF, 0xE1, 0x00, 0x22, (byte)'E', (byte)'x', (byte)'i', (byte)'f', 0, 0,
            (byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
            0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00,
            0x00, 0x00, 0x00, 0x00,
        ];
        File.WriteAllBytes(Path.Combine(_ws.Root, "photo.jpg"), [.. jpeg.Take(2), .. exif, .. jpeg.Skip(2)]);
        var (_, pptx) = _ws.BuildMarkdown("# T\n\n## Photo\n\n![A photo](photo.jpg)\n");
        using var deck = new PptxInspector(pptx);
        var bounds = SKBitmap.DecodeBounds(Assert.Single(Media(deck, 1, "image/jpeg")));
        Assert.Equal((80, 120), (bounds.Width, bounds.Height)); // still a JPEG, now upright
        var extents = deck.Slides[1].Slide.Descendants<P.Picture>().Single().ShapeProperties!.Transform2D!.Extents!;
        Assert.True(extents.Cy!.Value > extents.Cx!.Value, "the picture stands upright");
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 6)]
    [InlineData(false, 3)]
    public void A_tiff_picture_reaches_the_deck_and_the_pdfs_upright(bool bigEndian, int orientation)
    {
        // Stored: 120 × 80, red on the left and blue on the right, PackBits-compressed.
        File.WriteAllBytes(Path.Combine(_ws.Root, "scan.tif"), TinyTiff.RedLeftBlueRight(120, 80, bigEndian, orientation));
        var result = _ws.BuildAll(_ws.Write("talk.md", "# T\n\n## Scan\n\n![A scan](scan.tif)\n"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "SB010" or "SB011");
        using var deck = new PptxInspector(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
        using var png = SKBitmap.Decode(Assert.Single(Media(deck, 1, "image/png")));
        SKColor At(float fx, float fy) => png.GetPixel((int)(fx * png.Width), (int)(fy * png.Height));
        switch (orientation)
        {
            case 6: // turned a quarter clockwise to view: the stored left edge is the top
                Assert.Equal((80, 120), (png.Width, png.Height));
                Assert.Equal(SKColors.Red, At(0.5f, 0.1f));
                Assert.Equal(SKColors.Blue, At(0.5f, 0.9f));
                break;
            case 3: // turned half a turn: the stored left is on the right
                Assert.Equal((120, 80), (png.Width, png.Height));
                Assert.Equal(SKColors.Blue, At(0.1f, 0.5f));
                Assert.Equal(SKColors.Red, At(0.9f, 0.5f));
                break;
            default:
                Assert.Equal((120, 80), (png.Width, png.Height));
                Assert.Equal(SKColors.Red, At(0.1f, 0.5f));
                Assert.Equal(SKColors.Blue, At(0.9f, 0.5f));
                break;
        }

        Assert.Empty(deck.ValidationErrors());
        Assert.DoesNotContain("Picture", deck.SlideText(1), StringComparison.Ordinal); // no placeholder
        if (ExternalTools.Has("pdfimages"))
        {
            var (code, list, _) = ExternalTools.Run("pdfimages", ["-list", result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal))], TimeSpan.FromMinutes(1));
            Assert.Equal(0, code);
            Assert.Single(list.Split('\n').Skip(2), l => l.Trim().Length > 0);
        }
        else
        {
            Assert.False(ExternalTools.InCi, "pdfimages (poppler-utils) is needed in CI");
        }
    }

    [Theory]
    [InlineData("anim.gif", "image/gif")]
    [InlineData("flat.bmp", "image/bmp")]
    public void Gif_and_bmp_go_into_the_deck_as_they_are_and_the_renderer_draws_a_gif_first_frame(string name, string contentType)
    {
        var bytes = name.EndsWith(".gif", StringComparison.Ordinal)
            ? HandMadeImages.AnimatedGif(60, 40, (255, 0, 0), (0, 0, 255))
            : HandMadeImages.Bmp(60, 40, (255, 0, 0));
        using (var codec = SKCodec.Create(new MemoryStream(bytes)))
        {
            Assert.Equal(name.EndsWith(".gif", StringComparison.Ordinal) ? 2 : 1, Math.Max(1, codec.FrameCount)); // the GIF really moves
        }

        File.WriteAllBytes(Path.Combine(_ws.Root, name), bytes);
        var result = _ws.BuildAll(_ws.Write("talk.md", $"# T\n\n## Moving\n\n![A red box]({name})\n"), new SlideBuilder.Build.BuildOptions(_ws.Out, Formats: new HashSet<SlideBuilder.Build.OutputFormat> { SlideBuilder.Build.OutputFormat.Pptx, SlideBuilder.Build.OutputFormat.Png }));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is "SB010" or "SB011");
        using var deck = new PptxInspector(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
        Assert.Equal(bytes, Assert.Single(Media(deck, 1, contentType)));
        Assert.Empty(deck.ValidationErrors());

        // The preview draws the first frame (red), never the second (blue), in the middle of the picture.
        var picture = deck.Slides[1].Slide.Descendants<P.Picture>().Single().ShapeProperties!.Transform2D!;
        using var preview = SKBitmap.Decode(result.Outputs.Single(o => o.EndsWith("slide-02.png", StringComparison.Ordinal)));
        var scale = preview.Width / (double)deck.Document.PresentationPart!.Presentation.SlideSize!.Cx!.Value;
        var centre = preview.GetPixel((int)((picture.Offset!.X!.Value + picture.Extents!.Cx!.Value / 2) * scale), (int)((picture.Offset.Y!.Value + picture.Extents.Cy!.Value / 2) * scale));
        Assert.Equal(SKColors.Red, centre);
    }

    [Fact]
    public void A_broken_tiff_is_named_in_the_warning_and_on_its_placeholder()
    {
        File.WriteAllBytes(Path.Combine(_ws.Root, "scan.tiff"), [0x4D, 0x4D, 0x00, 0x2A, 0, 0, 0, 8]);
        var (result, pptx) = _ws.BuildMarkdown("# T\n\n## Scan\n\n![A scan](scan.tiff)\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SB011");
        Assert.Contains("TIFF", warning.Message);
        Assert.Equal(5, warning.Location.Line);
        using var deck = new PptxInspector(pptx);
        Assert.Contains("Picture not readable: scan.tiff (A scan)", deck.SlideText(1));
    }

    [Fact]
    public void A_tiff_over_the_size_limit_is_refused_from_its_header()
    {
        File.WriteAllBytes(Path.Combine(_ws.Root, "huge.tif"), TinyTiff.HeaderOnly(60_000, 60_000));
        var (result, _) = _ws.BuildMarkdown("# T\n\n## Scan\n\n![A scan](huge.tif)\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SB011");
        Assert.Contains("60000 × 60000 pixels, over the limit", warning.Message);
    }

    [Fact]
    public void Damaged_tiffs_never_crash_or_hang_the_reader()
    {
        // A stranger's TIFF: every byte of a valid file changed in turn, and random runs of bytes, each read to a PNG or refused.
        var valid = TinyTiff.RedLeftBlueRight(40, 20, bigEndian: false, orientation: 6);
        var random = new Random(7);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < 3000; i++)
        {
            var damaged = (byte[])valid.Clone();
            if (i < damaged.Length)
            {
                damaged[i] ^= (byte)(1 + random.Next(255));
            }
            else
            {
                var at = 8 + random.Next(damaged.Length - 8);
                random.NextBytes(damaged.AsSpan(at, Math.Min(4, damaged.Length - at)));
            }

            if (SlideBuilder.Notes.TiffPicture.ToPng(damaged) is { } png)
            {
                using var decoded = SKBitmap.Decode(png);
                Assert.NotNull(decoded);
            }
        }

        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"3000 damaged TIFFs took {watch.Elapsed}");
    }

    [Fact]
    public void A_format_nothing_here_reads_is_named_in_the_warning_and_on_its_placeholder()
    {
        File.WriteAllBytes(Path.Combine(_ws.Root, "photo.heic"), [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'h', (byte)'e', (byte)'i', (byte)'c']);
        var (result, pptx) = _ws.BuildMarkdown("# T\n\n## Photo\n\n![A photo](photo.heic)\n");
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SB011");
        Assert.Contains("HEIC", warning.Message);
        using var deck = new PptxInspector(pptx);
        Assert.Contains("Picture format not supported: photo.heic (A photo)", deck.SlideText(1));
    }

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-16")]
    public void An_svg_that_reaches_outside_itself_is_refused_in_any_encoding(string encoding)
    {
        Fixtures.WriteSquarePng(Path.Combine(Path.GetTempPath(), "sb-outside.png"), 10, 10);
        var svg = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\">" +
                  "<image xlink:href=\"file://" + Path.Combine(Path.GetTempPath(), "sb-outside.png") + "\" width=\"10\" height=\"10\"/></svg>";
        File.WriteAllBytes(Path.Combine(_ws.Root, "outside.svg"), System.Text.Encoding.GetEncoding(encoding).GetPreamble().Concat(System.Text.Encoding.GetEncoding(encoding).GetBytes(svg)).ToArray());
        var (result, _) = _ws.BuildMarkdown("# T\n\n## Outside\n\n![x](outside.svg)\n");
        Assert.Contains(result.Diagnostics, d => d.Code == "SB011" && d.Message.Contains("refers to other files", StringComparison.Ordinal));
    }

    [Fact]
    public void An_svg_with_a_dtd_or_a_css_url_is_refused()
    {
        _ws.Write("dtd.svg", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><text>&x;</text></svg>");
        _ws.Write("css.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\" style=\"fill: url(file:///etc/x.svg#p)\"/></svg>");
        var (result, _) = _ws.BuildMarkdown("# T\n\n## A\n\n![d](dtd.svg)\n\n## B\n\n![c](css.svg)\n");
        Assert.Contains(result.Diagnostics, d => d.Code == "SB011" && d.Message.Contains("DTD", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "SB011" && d.Message.Contains("css.svg", StringComparison.Ordinal));
    }

    [Fact]
    public void An_svg_that_reaches_outside_itself_is_refused_with_a_reason()
    {
        _ws.Write("evil.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"10\" height=\"10\"><image xlink:href=\"file:///etc/passwd\" width=\"10\" height=\"10\"/></svg>");
        var (result, _) = _ws.BuildMarkdown("# T\n\n## Evil\n\n![x](evil.svg)\n");
        Assert.Contains(result.Diagnostics, d => d.Code == "SB011" && d.Message.Contains("refers to other files", StringComparison.Ordinal));
    }
}
