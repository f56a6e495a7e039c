using SlideBuilder.Model;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Notes;

/// <summary>What a notes reader found, in source order, each block with its file position.</summary>
public sealed record NotesDocument(string SourcePath, TalkSettings Settings, IReadOnlyList<NotesBlock> Blocks);

public abstract record NotesBlock(SourceLocation Source);

public sealed record HeadingBlock(int Level, string Text, SourceLocation Source) : NotesBlock(Source)
{
    /// <summary>The heading with its emphasis, code and links, when it has any; <see cref="Text"/> is its plain text.</summary>
    public IReadOnlyList<Run>? Runs { get; init; }

    /// <summary>A section heading that titles its section's one slide rather than a section slide (prose notes).</summary>
    public bool TitlesItsSlide { get; init; }
}

/// <summary>Text the presenter wrote for themself: never shown on a slide.</summary>
public sealed record SpeakerNoteBlock(IReadOnlyList<Paragraph> Paragraphs, SourceLocation Source) : NotesBlock(Source);

public sealed record SlideBreakBlock(SourceLocation Source) : NotesBlock(Source);

/// <summary>A block quotation with its paragraphs in full and an optional attribution.</summary>
public sealed record QuotationBlock(IReadOnlyList<string> Paragraphs, string? Attribution, SourceLocation Source) : NotesBlock(Source)
{
    public int WordCount => Paragraphs.Sum(TextMetrics.CountWords);
}

/// <summary>Anything that goes onto a slide as it is: text, tables, pictures, code.</summary>
public sealed record ContentBlock(SlideBlock Block) : NotesBlock(Block.Source);

/// <summary>A setting another slide tool writes in the notes (Marp's directives, Slidev's per-slide front matter).</summary>
/// <param name="ThisSlide">Whether it applies to its own slide only (Marp's <c>_class</c>, every Slidev key).</param>
public sealed record DirectiveBlock(string Key, string Value, bool ThisSlide, SourceLocation Source) : NotesBlock(Source)
{
    /// <summary>The picture a <c>backgroundImage: url(…)</c> names, read with the notes' other pictures.</summary>
    public PictureBlock? Picture { get; init; }
}

/// <summary>A pause (pandoc's <c>. . .</c>): what follows on the slide appears on the next click.</summary>
public sealed record PauseBlock(SourceLocation Source) : NotesBlock(Source);
