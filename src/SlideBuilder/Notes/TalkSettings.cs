namespace SlideBuilder.Notes;

/// <summary>Front-matter settings of one talk, with the defaults documented in the README.</summary>
public sealed record TalkSettings
{
    public const int DefaultQuoteThreshold = 40;
    public const int DefaultSlideLevel = 2;

    public string? Title { get; init; }
    public string? Subtitle { get; init; }
    public string? Author { get; init; }
    public string? Date { get; init; }
    public string? Event { get; init; }
    public string? Template { get; init; }
    public string Language { get; init; } = "en-GB";

    /// <summary>Whether the notes said their language (front matter <c>lang</c>), rather than the default.</summary>
    public bool LanguageGiven { get; init; }

    /// <summary>Heading level that starts a content slide; levels above it make section headers.</summary>
    public int? SlideLevel { get; init; }

    /// <summary>Quotations with more words than this go to the speaker notes; the slide shows an excerpt.</summary>
    public int QuoteThreshold { get; init; } = DefaultQuoteThreshold;

    /// <summary>Handout layout from the front matter: notes, 3up or 6up.</summary>
    public string? Handout { get; init; }

    /// <summary>Handout paper from the front matter: a4 or letter.</summary>
    public string? Paper { get; init; }

    /// <summary>
    /// Find income figures in the text itself: always for prose notes; in Markdown with <c>figures: auto</c>, or
    /// when the front matter does not say and the notes draw no figure of their own. <c>figures: none</c> turns it off.
    /// </summary>
    public bool? FiguresAuto { get; init; }

    /// <summary>
    /// <c>cues</c> (default): a Markdown paragraph of more than <see cref="LongParagraphWords"/> words is
    /// the speaker's script; the slide shows its cues and the notes the paragraph. <c>full</c>: as written.
    /// </summary>
    public bool Cues { get; init; } = true;

    public const int LongParagraphWords = 40;

    /// <summary>Words a minute a speaker reads a script at; quotations read aloud count in full.</summary>
    public const int DefaultPace = Model.DeckInfo.DefaultPace;

    /// <summary>Front matter <c>pace</c>: the speaker's words a minute.</summary>
    public int Pace { get; init; } = DefaultPace;

    /// <summary>Front matter <c>duration</c> ("40min", "1h15"), or "About forty minutes" in a prose preface.</summary>
    public double? Duration { get; init; }

    /// <summary>Front matter <c>agenda: false</c> leaves out the agenda slide a talk of three or more sections gets.</summary>
    public bool Agenda { get; init; } = true;

    /// <summary>Front matter <c>footer</c> (Marp): small text at the foot of every content slide.</summary>
    public string? Footer { get; init; }

    /// <summary>Front matter <c>paginate: false</c> (Marp) leaves the slide numbers off.</summary>
    public bool Paginate { get; init; } = true;

    /// <summary>Front matter <c>incremental: true</c> (pandoc, Quarto): every list appears one item per click.</summary>
    public bool Incremental { get; init; }

    /// <summary>Marp's global directives written in the front matter (header, backgroundColor, backgroundImage, class): applied from the first slide on.</summary>
    public IReadOnlyList<(string Key, string Value, int Line)> Directives { get; init; } = [];

    /// <summary>Front matter keys that are Marp directives with an equivalent here.</summary>
    public static readonly IReadOnlySet<string> DirectiveKeys = new HashSet<string>(StringComparer.Ordinal) { "header", "backgroundColor", "backgroundImage", "class" };

    /// <summary>Settings of other slide tools (Marp, Slidev, Quarto, reveal.js) with no equivalent here: one warning each, by name.</summary>
    public static readonly IReadOnlySet<string> OtherToolsKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "theme", "class", "headingDivider", "size", "style", "math", "backgroundColor", "backgroundImage", "backgroundPosition",
        "backgroundRepeat", "backgroundSize", "color", "header", "transition", "highlighter", "drawings", "layout", "background",
        "format", "revealjs", "colorSchema", "fonts", "info", "lineNumbers", "mdc", "exportFilename", "download", "canvasWidth",
        "aspectRatio", "themeConfig", "favicon", "routerMode", "selectable", "record", "presenter", "monaco", "css", "institute",
        "description", "keywords", "url", "image", "navigation", "progress", "controls", "slideNumber", "hash", "center",
    };

    /// <summary>Keys this version reads; anything else in the front matter is a warning.</summary>
    public static readonly IReadOnlySet<string> KnownKeys = new HashSet<string>(StringComparer.Ordinal)
    {
        "title", "subtitle", "author", "date", "event", "template", "lang",
        "slide-level", "quote-threshold", "slides",
        // Read by later stages (figures, handouts); accepted now so notes written for them do not warn.
        "handout", "figures", "paper", "pace", "duration", "agenda",
        // Other slide tools' settings that map to ours (Marp: footer, paginate; pandoc/Quarto: incremental); "marp" only marks the file.
        "footer", "paginate", "incremental", "marp",
    };
}
