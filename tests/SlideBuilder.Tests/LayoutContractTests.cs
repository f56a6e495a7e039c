using System.IO.Compression;
using System.Xml.Linq;
using SkiaSharp;
using SlideBuilder.Build;
using SlideBuilder.Layout;
using SlideBuilder.Output.Png;
using SlideBuilder.Output.Pptx;
using SlideBuilder.Output.Skia;
using SlideBuilder.Templates;
using SlideBuilder.Tests.Support;
using SlideBuilder.Diagnostics;
using SlideBuilder.Model;

namespace SlideBuilder.Tests;

/// <summary>
/// One layout contract: the laid-out deck carries every decision (markers, fills, placeholders, notices), and the
/// PPTX writer and the Skia renderer (PDFs and previews) only translate it. Each test changes a decision in the
/// laid-out deck and finds the change in both outputs.
/// </summary>
public sealed class LayoutContractTests : IDisposable
{
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";
    private static readonly XNamespace P = "http://schemas.openxmlformats.org/presentationml/2006/main";

    private const string Notes = """
        # Contract

        ## Lists

        - First point
        - Second point
          - A sub-point
        - Third point, see [the site](https://example.org)

        ## Numbers

        3. Third step
        4. Fourth step

        ## Table

        | Town | Wage |
        |------|-----:|
        | Ayr | 10 |
        | Troon | 12 |
        | Irvine | 14 |

        ## Missing

        ![A picture that is not there](nowhere.png)
        """;

    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    private (LaidOutDeck Deck, Theme Theme) LaidOut()
    {
        var notes = _ws.Write("contract.md", Notes);
        var (deck, _) = DeckBuilder.Compile(notes, new BuildOptions(_ws.Out, Formats: Workspace.PptxOnly), new DiagnosticBag());
        var theme = TemplateLoader.Load(null, new SourceLocation(notes, 1));
        return (deck, theme);
    }

    /// <summary>Every shape of the deck passed through <paramref name="change"/>.</summary>
    private static LaidOutDeck Changed(LaidOutDeck deck, Func<LaidOutShape, LaidOutShape> change) =>
        deck with { Slides = [.. deck.Slides.Select(s => s with { Shapes = [.. s.Shapes.Select(change)] })] };

    private static (List<XDocument> Slides, List<SKBitmap> Pictures) Written(LaidOutDeck deck, Theme theme)
    {
        using var fonts = new FontSet(theme);
        var painter = new TextPainter(fonts);
        var figures = new FigureRenderer(painter, theme);
        var pptx = PptxWriter.Write(deck, theme, figures);
        using var zip = new ZipArchive(new MemoryStream(pptx), ZipArchiveMode.Read);
        var slides = Enumerable.Range(1, deck.Slides.Count)
            .Select(i => XDocument.Load(zip.GetEntry($"ppt/slides/slide{i}.xml")!.Open())).ToList();
        var pictures = SlidePngWriter.Write(deck, new SlideRenderer(painter, theme, figures)).Select(p => SKBitmap.Decode(p.Png)).ToList();
        return (slides, pictures);
    }

    private static int SlideWith(LaidOutDeck deck, string title) => deck.Slides.ToList().FindIndex(s => s.Title == title);

    /// <summary>How many pixels are close to <paramref name="color"/>.</summary>
    private static int Pixels(SKBitmap picture, SKColor color)
    {
        var count = 0;
        for (var y = 0; y < picture.Height; y++)
        {
            for (var x = 0; x < picture.Width; x++)
            {
                var p = picture.GetPixel(x, y);
                if (Math.Abs(p.Red - color.Red) < 24 && Math.Abs(p.Green - color.Green) < 24 && Math.Abs(p.Blue - color.Blue) < 24)
                {
                    count++;
                }
            }
        }

        return count;
    }

    [Fact]
    public void The_layout_decides_each_bullet_and_number_and_both_writers_draw_that()
    {
        var (deck, theme) = LaidOut();
        var lists = deck.Slides[SlideWith(deck, "Lists")];
        var markers = lists.Shapes.OfType<TextShape>().Where(t => t.Role == TextRole.Body).SelectMany(t => t.Paragraphs).Select(p => p.Marker).ToList();
        Assert.Equal(["•", "•", "–", "•"], markers.Select(m => m!.Text));
        Assert.All(markers, m => Assert.Equal(theme.Color("accent1"), m!.Color));
        var numbers = deck.Slides[SlideWith(deck, "Numbers")].Shapes.OfType<TextShape>().SelectMany(t => t.Paragraphs).Where(p => p.Marker is not null).ToList();
        Assert.Equal(["3.", "4."], numbers.Select(p => p.Marker!.Text));
        Assert.All(numbers, p => Assert.Equal(3, p.Marker!.NumberStart));

        // Another mark in magenta, decided in the laid-out deck alone.
        var changed = Changed(deck, shape => shape is TextShape text
            ? text with { Paragraphs = [.. text.Paragraphs.Select(p => p.Marker is { NumberStart: null } m ? p with { Marker = m with { Text = "»", Color = "FF00FF" } } : p)] }
            : shape);
        var (before, beforePictures) = Written(deck, theme);
        var (after, afterPictures) = Written(changed, theme);
        var index = SlideWith(deck, "Lists");
        var chars = after[index].Descendants(A + "buChar").Select(b => (string)b.Attribute("char")!).ToList();
        Assert.Equal(["»", "»", "»", "»"], chars);
        Assert.All(after[index].Descendants(A + "buClr"), c => Assert.Equal("FF00FF", (string)c.Element(A + "srgbClr")!.Attribute("val")!));
        Assert.Equal(["•", "•", "–", "•"], before[index].Descendants(A + "buChar").Select(b => (string)b.Attribute("char")!));
        Assert.Equal(0, Pixels(beforePictures[index], new SKColor(0xFF, 0x00, 0xFF)));
        Assert.True(Pixels(afterPictures[index], new SKColor(0xFF, 0x00, 0xFF)) > 40, "the renderer draws the marks the layout gave");

        // The numbered list is numbered by the deck from its first number.
        var autoNumber = Assert.Single(after[SlideWith(deck, "Numbers")].Descendants(A + "buAutoNum").Select(n => (string?)n.Attribute("startAt")).Distinct());
        Assert.Equal("3", autoNumber);
    }

    [Fact]
    public void Table_fills_notice_boxes_and_link_colours_come_from_the_laid_out_deck()
    {
        var (deck, theme) = LaidOut();
        var table = deck.Slides.SelectMany(s => s.Shapes).OfType<TableShape>().Single();
        Assert.Equal([theme.Color("accent1"), theme.Color("lt1"), theme.Color("lt2"), theme.Color("lt1")], table.RowFills);
        var notice = deck.Slides.SelectMany(s => s.Shapes).OfType<NoticeShape>().Single();
        Assert.Contains("nowhere.png", notice.Label, StringComparison.Ordinal);
        Assert.Equal("A picture that is not there", notice.Description);

        var changed = Changed(deck, shape => shape switch
        {
            TableShape t => t with { RowFills = [.. t.RowFills.Select(_ => "00FF00")] },
            NoticeShape n => n with { Style = n.Style with { Fill = "0000FF" } },
            TextShape text => text with { Paragraphs = [.. text.Paragraphs.Select(p => p with { LinkColor = "FF0000" })] },
            _ => shape,
        });
        var (slides, pictures) = Written(changed, theme);
        var tableSlide = SlideWith(deck, "Table");
        Assert.All(slides[tableSlide].Descendants(A + "tcPr"), c => Assert.Equal("00FF00", (string)c.Element(A + "solidFill")!.Element(A + "srgbClr")!.Attribute("val")!));
        Assert.True(Pixels(pictures[tableSlide], new SKColor(0, 0xFF, 0)) > 10_000, "the table's rows are drawn in the fills the layout gave");

        var missing = SlideWith(deck, "Missing");
        var box = slides[missing].Descendants(P + "sp").Single(sp => sp.Descendants(A + "prstDash").Any());
        Assert.Equal("0000FF", (string)box.Element(P + "spPr")!.Element(A + "solidFill")!.Element(A + "srgbClr")!.Attribute("val")!);
        Assert.Equal("A picture that is not there", (string)box.Descendants(P + "cNvPr").Single().Attribute("descr")!);
        Assert.True(Pixels(pictures[missing], new SKColor(0, 0, 0xFF)) > 10_000, "the notice box is drawn in the layout's fill");

        var lists = SlideWith(deck, "Lists");
        var link = slides[lists].Descendants(A + "r").Single(r => r.Descendants(A + "hlinkClick").Any());
        Assert.Equal("FF0000", (string)link.Element(A + "rPr")!.Element(A + "solidFill")!.Element(A + "srgbClr")!.Attribute("val")!);
        Assert.True(Pixels(pictures[lists], new SKColor(0xFF, 0, 0)) > 30, "the link is drawn in the colour the layout gave");
    }

    [Fact]
    public void The_layout_assigns_placeholders_and_the_deck_writes_them()
    {
        var (deck, theme) = LaidOut();
        var title = deck.Slides[0].Shapes.OfType<TextShape>().First(t => t.Role == TextRole.Title);
        Assert.Equal("ctrTitle", title.Slot!.Type);
        var lists = deck.Slides[SlideWith(deck, "Lists")];
        Assert.Equal("title", lists.Shapes.OfType<TextShape>().Single(t => t.Role == TextRole.Title).Slot!.Type);
        Assert.Equal(1u, lists.Shapes.OfType<TextShape>().Single(t => t.Role == TextRole.Body).Slot!.Index);

        // A body the layout leaves out of its placeholder is written as a free text box.
        var changed = Changed(deck, shape => shape is TextShape { Role: TextRole.Body } body ? body with { Slot = null } : shape);
        var (slides, _) = Written(changed, theme);
        var index = SlideWith(deck, "Lists");
        var placeholders = slides[index].Descendants(P + "ph").Select(ph => (string?)ph.Attribute("type") ?? "body").ToList();
        Assert.DoesNotContain("body", placeholders);
        Assert.Contains(slides[index].Descendants(P + "cNvSpPr"), c => (string?)c.Attribute("txBox") == "1");
    }

    [Fact]
    public void The_two_content_layout_of_the_deck_has_the_boxes_the_layouter_splits_text_and_pictures_into()
    {
        var (deck, theme) = LaidOut();
        using var fonts = new FontSet(theme);
        var pptx = PptxWriter.Write(deck, theme, new FigureRenderer(new TextPainter(fonts), theme));
        using var doc = DocumentFormat.OpenXml.Packaging.PresentationDocument.Open(new MemoryStream(pptx), false);
        var layout = doc.PresentationPart!.SlideMasterParts.Single().SlideLayoutParts.Single(l => l.SlideLayout.CommonSlideData!.Name == "Two Content");
        var boxes = layout.SlideLayout.Descendants<DocumentFormat.OpenXml.Drawing.Offset>().Zip(layout.SlideLayout.Descendants<DocumentFormat.OpenXml.Drawing.Extents>())
            .Select(b => new Rect(b.First.X!, b.First.Y!, b.Second.Cx!, b.Second.Cy!)).ToList();
        var (left, right) = SlideGeometry.TwoContent(deck.Geometry.Body);
        Assert.Contains(left, boxes);
        Assert.Contains(right, boxes);
        Assert.True(left.Width > right.Width, "text beside pictures takes the wider column");
    }
}
