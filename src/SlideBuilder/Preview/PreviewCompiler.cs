using System.IO.Hashing;
using SlideBuilder.Build;
using SlideBuilder.Diagnostics;
using SlideBuilder.Output.Png;

namespace SlideBuilder.Preview;

/// <summary>A deck drawn for the preview: its slides as pictures and notes, its diagnostics, and the files it was built from.</summary>
public sealed record PreviewBuild(PreviewDeck Deck, IReadOnlyDictionary<string, byte[]> Pictures, IReadOnlyList<string> FilesRead);

/// <summary>
/// Draws a deck for the live preview, in memory: the same reading, planning, layout and slide drawing as
/// the PNG output, each slide encoded only when its pixels changed since the last rebuild. Never throws:
/// notes that do not build give their diagnostics over the previous deck's slides.
/// </summary>
public static class PreviewCompiler
{
    private static readonly IReadOnlySet<OutputFormat> Pictures = new HashSet<OutputFormat> { OutputFormat.Png };

    public static PreviewBuild Compile(DeckJob job, SlidePictureCache cache, PreviewDeck? previous)
    {
        var source = job.Input.Path;
        if (job.Refused is { } refused)
        {
            return Failed(source, refused.Diagnostics, previous, []);
        }

        var diagnostics = new DiagnosticBag();
        var policy = Inputs.InputPolicy.For(source, job.Options.AllowOutside);
        try
        {
            var (deck, files) = DeckBuilder.Compile(source, job.Options with { Formats = Pictures, WriteNothing = true }, diagnostics, policy, cache);
            // As the build: an error other than one confined to a figure means nothing is written, so nothing new is shown.
            if (diagnostics.Items.Any(d => d.Severity == Severity.Error && d.Code != DiagnosticCodes.FigureError))
            {
                return Failed(source, diagnostics.Items, previous, policy.FilesRead);
            }

            var pictures = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            var slides = new List<PreviewSlide>(deck.Slides.Count);
            for (var k = 0; k < deck.Slides.Count; k++)
            {
                var slide = deck.Slides[k];
                var png = files[k].Bytes;
                var hash = XxHash128.HashToUInt128(png).ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
                pictures[hash] = png;
                var notes = slide.Notes.Select(p => p.Text.Replace(Model.Run.LineBreak, '\n')).Where(t => t.Length > 0).ToList();
                slides.Add(new PreviewSlide(slide.Number, slide.Title, hash, notes));
            }

            var width = SlidePngWriter.PixelWidth;
            var height = (int)Math.Round(width * (double)deck.SlideHeight / deck.SlideWidth);
            return new PreviewBuild(new PreviewDeck(source, width, height, slides, diagnostics.Items) { Minutes = deck.Minutes }, pictures, [.. policy.FilesRead, Inputs.FileFacts.Resolved(source)]);
        }
        catch (BuildException ex)
        {
            return Failed(source, [.. diagnostics.Items, ex.Diagnostic], previous, policy.FilesRead);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var fault = new Diagnostic(new SourceLocation(source, 1), Severity.Error, DiagnosticCodes.InternalError,
                $"internal error while drawing the preview ({ex.GetType().Name}: {Diagnostic.Shorten(ex.Message.Split('\n')[0].Trim(), 200)}); please report it with the notes file");
            return Failed(source, [.. diagnostics.Items, fault], previous, policy.FilesRead);
        }
    }

    private static PreviewBuild Failed(string source, IReadOnlyList<Diagnostic> diagnostics, PreviewDeck? previous, IReadOnlyList<string> read) =>
        new(previous is null
                ? new PreviewDeck(source, SlidePngWriter.PixelWidth, SlidePngWriter.PixelWidth * 9 / 16, [], diagnostics, Stale: true)
                : previous with { Diagnostics = diagnostics, Stale = true },
            new Dictionary<string, byte[]>(), [.. read, Inputs.FileFacts.Resolved(source)]);
}
