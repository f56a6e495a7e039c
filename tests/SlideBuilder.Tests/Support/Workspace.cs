using SlideBuilder.Build;

namespace SlideBuilder.Tests.Support;

/// <summary>A temporary folder for one test: notes go in, decks come out; deleted afterwards.</summary>
public sealed class Workspace : IDisposable
{
    public Workspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "sb-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }
    public string Out => Path.Combine(Root, "out");

    public string Write(string name, string text)
    {
        var path = Path.Combine(Root, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    public static readonly IReadOnlySet<OutputFormat> PptxOnly = new HashSet<OutputFormat> { OutputFormat.Pptx };

    /// <summary>Builds one notes file's deck into <see cref="Out"/> and fails the test on an error.</summary>
    public (DeckResult Result, string Pptx) Build(string notesPath)
    {
        var result = DeckBuilder.Build(notesPath, new BuildOptions(Out, Formats: PptxOnly));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, result.Outputs.Single());
    }

    /// <summary>Builds every output (deck, handout, slides PDF) with the given options.</summary>
    public DeckResult BuildAll(string notesPath, BuildOptions? options = null)
    {
        var result = DeckBuilder.Build(notesPath, options ?? new BuildOptions(Out));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }

    public (DeckResult Result, string Pptx) BuildMarkdown(string markdown, string name = "talk.md") => Build(Write(name, markdown));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}
