using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using SkiaSharp;
using SlideBuilder.Build;
using SlideBuilder.Tests.Support;
using A = DocumentFormat.OpenXml.Drawing;
using P = DocumentFormat.OpenXml.Presentation;

namespace SlideBuilder.Tests;

/// <summary>
/// A template's master art in the PDFs and previews: preset outlines beyond rectangles, gradient fills, lines, and
/// the text of shapes outside the placeholders, drawn where PowerPoint and LibreOffice draw them.
/// </summary>
public sealed class TemplateArtDrawingTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private const long Inch = 914_400;

    /// <summary>The built-in template exported as .potx, its master given a red triangle, a blue-to-green band, a magenta rule and a house line.</summary>
    private string HouseTemplate()
    {
        var path = Path.Combine(_ws.Root, "house.potx");
        File.WriteAllBytes(path, TemplateExport.Potx("default"));
        using (var doc = PresentationDocument.Open(path, true))
        {
            var tree = doc.PresentationPart!.SlideMasterParts.Single().SlideMaster.CommonSlideData!.ShapeTree!;
            uint id = 100;
            P.Shape Shape(string name, long x, long y, long w, long h, OpenXmlElement geometry, OpenXmlElement? fill, OpenXmlElement? line = null, P.TextBody? text = null) =>
                new(new P.NonVisualShapeProperties(new P.NonVisualDrawingProperties { Id = id++, Name = name }, new P.NonVisualShapeDrawingProperties(), new P.ApplicationNonVisualDrawingProperties()),
                    new P.ShapeProperties(new A.Transform2D(new A.Offset { X = x, Y = y }, new A.Extents { Cx = w, Cy = h }), geometry, fill ?? new A.NoFill(), line ?? new A.Outline(new A.NoFill())),
                    text ?? new P.TextBody(new A.BodyProperties(), new A.ListStyle(), new A.Paragraph()));
            static A.SolidFill Solid(string hex) => new(new A.RgbColorModelHex { Val = hex });

            tree.Append(Shape("Triangle", (long)(11.2 * Inch), (long)(5.2 * Inch), (long)(1.6 * Inch), (long)(1.6 * Inch),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Triangle }, Solid("FF0000")));
            tree.Append(Shape("Band", 0, (long)(7.25 * Inch), (long)(13.333 * Inch), (long)(0.25 * Inch),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle },
                new A.GradientFill(new A.GradientStopList(
                    new A.GradientStop(new A.RgbColorModelHex { Val = "0000FF" }) { Position = 0 },
                    new A.GradientStop(new A.RgbColorModelHex { Val = "00FF00" }) { Position = 100000 }), new A.LinearGradientFill { Angle = 0, Scaled = false })));
            tree.Append(new P.ConnectionShape(
                new P.NonVisualConnectionShapeProperties(new P.NonVisualDrawingProperties { Id = id++, Name = "Rule" }, new P.NonVisualConnectorShapeDrawingProperties(), new P.ApplicationNonVisualDrawingProperties()),
                new P.ShapeProperties(new A.Transform2D(new A.Offset { X = (long)(0.6 * Inch), Y = (long)(1.62 * Inch) }, new A.Extents { Cx = (long)(12 * Inch), Cy = 0 }),
                    new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Line }, new A.Outline(Solid("FF00FF")) { Width = 38100 })));
            tree.Append(Shape("House line", (long)(0.4 * Inch), (long)(6.75 * Inch), (long)(6 * Inch), (long)(0.45 * Inch),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }, null, null,
                new P.TextBody(new A.BodyProperties { Anchor = A.TextAnchoringTypeValues.Center }, new A.ListStyle(),
                    new A.Paragraph(new A.Run(new A.RunProperties(Solid("444444")) { FontSize = 1400, Bold = true, Language = "en-GB" }, new A.Text("HARBOUR TRUST SEMINAR"))))));
            doc.PresentationPart.SlideMasterParts.Single().SlideMaster.Save();
        }

        return path;
    }

    private const string Talk = "# Harbour wages\n\n## Dockers\n\n- Dockers earned more in 1911\n- The quay ledger shows it\n";

    private static SKColor At(SKBitmap picture, double xInches, double yInches) =>
        picture.GetPixel((int)(xInches / 13.333 * picture.Width), (int)(yInches / 7.5 * picture.Height));

    private static bool Near(SKColor c, SKColor expected) =>
        Math.Abs(c.Red - expected.Red) < 40 && Math.Abs(c.Green - expected.Green) < 40 && Math.Abs(c.Blue - expected.Blue) < 40;

    [Fact]
    public void Presets_gradients_lines_and_text_of_the_master_are_drawn_in_the_previews_and_nothing_is_called_undrawn()
    {
        var notes = _ws.Write("talk.md", Talk);
        var result = _ws.BuildAll(notes, new BuildOptions(_ws.Out, Template: HouseTemplate(), Formats: new HashSet<OutputFormat> { OutputFormat.Png }));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SB032" && d.Message.Contains("do not draw", StringComparison.Ordinal));
        using var slide = SKBitmap.Decode(result.Outputs.Single(o => o.EndsWith("slide-2.png", StringComparison.Ordinal) || o.EndsWith("slide-02.png", StringComparison.Ordinal)));

        // The triangle: red below its apex, not in the corners of its box.
        Assert.True(Near(At(slide, 12.0, 6.6), SKColors.Red), $"inside the triangle: {At(slide, 12.0, 6.6)}");
        Assert.False(Near(At(slide, 11.3, 5.3), SKColors.Red), $"outside the triangle, in its box's corner: {At(slide, 11.3, 5.3)}");
        // The band runs from blue at the left to green at the right.
        Assert.True(Near(At(slide, 0.1, 7.37), new SKColor(0, 0, 0xFF)), $"band's left end: {At(slide, 0.1, 7.37)}");
        Assert.True(Near(At(slide, 13.2, 7.37), new SKColor(0, 0xFF, 0)), $"band's right end: {At(slide, 13.2, 7.37)}");
        var middle = At(slide, 6.66, 7.37);
        Assert.True(middle.Blue is > 80 and < 180 && middle.Green is > 80 and < 180, $"band's middle is between the two: {middle}");
        // The rule: magenta across, where the master puts it.
        Assert.True(Near(At(slide, 6.0, 1.62), new SKColor(0xFF, 0, 0xFF)), $"rule: {At(slide, 6.0, 1.62)}");
    }

    [InteropFact]
    public void The_slides_pdf_shows_the_masters_text_and_art_as_libreoffice_draws_the_deck()
    {
        var notes = _ws.Write("talk.md", Talk);
        var result = _ws.BuildAll(notes, new BuildOptions(_ws.Out, Template: HouseTemplate()));
        var ours = result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal));
        var pptx = result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal));
        static string Text(PdfPage page) => string.Join(" ", page.Words.Select(w => w.Text));
        Assert.All(PdfText.Pages(ours), p => Assert.Contains("HARBOUR TRUST SEMINAR", Text(p), StringComparison.Ordinal));

        // LibreOffice's rendering of the deck has the house line too, and the same art where ours has it.
        var theirs = ExternalTools.ConvertToPdf(pptx);
        Assert.All(PdfText.Pages(theirs), p => Assert.Contains("HARBOUR TRUST SEMINAR", Text(p), StringComparison.Ordinal));
        using var ourPage = PdfAgreement.Render(ours, 2);
        using var theirPage = PdfAgreement.Render(theirs, 2);
        foreach (var (x, y) in new[] { (12.0, 6.6), (11.3, 5.3), (0.1, 7.37), (13.2, 7.37), (6.0, 1.62) })
        {
            var (a, b) = (At(ourPage, x, y), At(theirPage, x, y));
            Assert.True(Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue) < 150, $"at ({x}, {y}) in: ours {a}, LibreOffice's {b}");
        }

        PdfAgreement.AssertPagesLookAlike(ours, theirs, page: 2);
    }
}

/// <summary>A template from a stranger may point outside itself: those targets are kept in the deck and never fetched.</summary>
public sealed class TemplateOutsideLinkTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    [Fact]
    public void A_picture_linked_from_outside_the_template_is_kept_as_a_link_named_in_a_warning_and_never_fetched()
    {
        // A listener standing in for the outside: it must see no connection while the deck and PDFs are built.
        var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)listener.LocalEndpoint).Port}/logo.png";
            var path = Path.Combine(_ws.Root, "linked.potx");
            File.WriteAllBytes(path, TemplateExport.Potx("default"));
            using (var doc = PresentationDocument.Open(path, true))
            {
                var master = doc.PresentationPart!.SlideMasterParts.Single();
                master.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", new Uri(url), "rIdOutside");
                master.SlideMaster.CommonSlideData!.ShapeTree!.Append(new P.Picture(
                    new P.NonVisualPictureProperties(new P.NonVisualDrawingProperties { Id = 900, Name = "Logo" }, new P.NonVisualPictureDrawingProperties(), new P.ApplicationNonVisualDrawingProperties()),
                    new P.BlipFill(new A.Blip { Link = "rIdOutside" }, new A.Stretch(new A.FillRectangle())),
                    new P.ShapeProperties(new A.Transform2D(new A.Offset { X = 100_000, Y = 100_000 }, new A.Extents { Cx = 900_000, Cy = 400_000 }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })));
                master.SlideMaster.Save();
            }

            var notes = _ws.Write("talk.md", "# Harbour\n\n## Dockers\n\n- A point\n");
            var result = _ws.BuildAll(notes, new BuildOptions(_ws.Out, Template: path));
            Assert.False(listener.Pending(), "the build connected to the template's outside link");
            Assert.Contains(result.Diagnostics, d => d.Code == "SB032" && d.Message.Contains("linked from outside the file (never fetched)", StringComparison.Ordinal));
            using var deck = new PptxInspector(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
            Assert.Empty(deck.ValidationErrors());
            var kept = Assert.Single(deck.Document.PresentationPart!.SlideMasterParts.Single().ExternalRelationships, r => r.Id == "rIdOutside");
            Assert.Equal(url, kept.Uri.ToString());
        }
        finally
        {
            listener.Stop();
        }
    }
}
