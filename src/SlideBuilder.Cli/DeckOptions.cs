using System.CommandLine;
using System.CommandLine.Parsing;
using SlideBuilder.Build;
using SlideBuilder.Output.Pdf.Handout;

namespace SlideBuilder.Cli;

/// <summary>The arguments and options <c>build</c>, <c>check</c> and <c>watch</c> share, and how they become build options.</summary>
internal sealed class DeckOptions
{
    private static readonly string[] FormatNames = [.. Enum.GetNames<OutputFormat>().Select(n => n.ToLowerInvariant())];

    public Argument<string[]> Inputs { get; } = new("notes")
    {
        Description = "notes files (.md, .markdown, .txt), folders (searched recursively) or patterns such as 'talks/**/*.md'",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Output { get; } = new("--out", "-o") { Description = "the output folder (default: slidebuilder.yml's 'out', else out); a talk in a subfolder of a named folder goes to the same subfolder of it", HelpName = "DIR" };
    public Option<string> Template { get; } = new("--template") { Description = "a built-in template's name, a template.json folder, or a .pptx/.potx file", HelpName = "NAME|DIR|FILE" };
    public Option<string[]> Formats { get; } = new("--format", "-f")
    {
        Description = "what to write, repeatable or comma-separated: " + string.Join(", ", FormatNames) + " (default: pptx,handout,slides)",
        HelpName = "LIST",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string> Handout { get; } = new("--handout") { Description = "the handout's layout", HelpName = "notes|3up|6up" };
    public Option<string> Paper { get; } = new("--paper") { Description = "the handout's paper", HelpName = "a4|letter" };
    public Option<bool> Outside { get; } = new("--allow-outside") { Description = "read pictures, data and template files from outside the notes' folder tree" };
    public Option<bool?> Strict { get; } = new("--strict") { Description = "warnings fail: exit code 1, and a deck with warnings is not written (--strict false overrides slidebuilder.yml)" };
    public Option<bool> Force { get; } = new("--force") { Description = "build every deck, even one the output folder's manifest says is up to date" };
    public Option<bool> Quiet { get; } = new("--quiet", "-q") { Description = "print only diagnostics" };
    public Option<bool> Verbose { get; } = new("--verbose", "-v") { Description = "also print every file written" };

    public DeckOptions()
    {
        // "--colour" is not a notes file: an unknown option is a usage error (a file named so is "./--colour").
        Inputs.Validators.Add(r =>
        {
            foreach (var token in r.Tokens.Where(t => t.Value.Length > 1 && t.Value[0] == '-'))
            {
                r.AddError($"unknown option '{token.Value}'");
            }
        });
        Formats.Validators.Add(r => ParseFormats(r.Tokens.Select(t => t.Value), r));
        Handout.AcceptOnlyFromAmong("notes", "3up", "6up");
        Paper.AcceptOnlyFromAmong("a4", "letter");
    }

    /// <summary>What the command line said of the settings a folder's slidebuilder.yml may also give.</summary>
    public CommandSettings Given(ParseResult r, bool writes) => new(
        writes ? r.GetValue(Output) : null, // check writes nothing, but looks at the outputs' paths a build would use
        writes ? ParseFormats(r.GetValue(Formats) ?? [], null) : null,
        r.GetValue(Strict));

    public BuildOptions Common(ParseResult r, bool writes) => new(
        "out",
        r.GetValue(Template),
        null,
        r.GetValue(Handout) is { } h ? HandoutOptions.ParseLayout(h) : null,
        r.GetValue(Paper) is { } p ? SlideBuilder.Output.Pdf.Handout.Paper.Parse(p) : null,
        r.GetValue(Outside),
        WriteNothing: !writes,
        Force: writes && r.GetValue(Force));

    /// <summary>The formats named, each list split at commas; an unknown name is a usage error on <paramref name="result"/>.</summary>
    private static HashSet<OutputFormat>? ParseFormats(IEnumerable<string> values, OptionResult? result)
    {
        var set = new HashSet<OutputFormat>();
        foreach (var name in values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!FormatNames.Contains(name.ToLowerInvariant()))
            {
                result?.AddError($"unknown format '{name}' (formats: {string.Join(", ", FormatNames)})");
                continue;
            }

            set.Add(Enum.Parse<OutputFormat>(name, ignoreCase: true));
        }

        return set.Count == 0 ? null : set;
    }
}
