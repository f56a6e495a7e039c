using SlideBuilder.Model;
using SlideBuilder.Templates;

namespace SlideBuilder.Layout;

/// <summary>
/// Fits a slide's body into its area: first as it is, then with the text shrunk a little (never
/// below the template's minimum), and otherwise across continuation pages, splitting between
/// paragraphs, list items or table rows, and inside a paragraph only at a sentence end when it can.
/// </summary>
internal sealed partial class BodyPacker(ParagraphStyler styler)
{
    private static readonly long Gap = Emu.FromInches(0.15);

    private abstract record Item;
    private sealed record TextItem(IReadOnlyList<Paragraph> Paragraphs, bool IsCode) : Item;
    private sealed record QuoteItem(QuoteBlock Quote) : Item;
    private sealed record TableItem(TableBlock Table) : Item;

    /// <summary>Packs the blocks into one or more pages of shapes. Pictures are not among them: the layouter gives them a column or row of their own.</summary>
    public List<List<LaidOutShape>> Pack(IReadOnlyList<SlideBlock> blocks, Rect area)
    {
        var items = blocks.Select(ToItem).ToList();
        if (items.Count == 0)
        {
            return [[]];
        }

        var sizes = styler.Theme.Sizes;
        var characters = items.Sum(CharactersOf);
        for (var size = sizes.Body[0]; size >= sizes.MinBody - 0.01; size -= 2)
        {
            var scale = size / sizes.Body[0];
            if (characters <= MostCharacters(area, sizes.MinTable) && TryStack(items, area, scale) is { } shapes)
            {
                return [shapes];
            }
        }

        return Paginate(items, area);
    }

    /// <summary>Lays every item out top to bottom at one scale, or returns null when they do not fit.</summary>
    private List<LaidOutShape>? TryStack(List<Item> items, Rect area, double scale)
    {
        var shapes = new List<LaidOutShape>();
        var y = area.Y;
        foreach (var item in items)
        {
            var placed = Place(item, area with { Y = y }, scale);
            shapes.AddRange(placed);
            y = placed.Max(s => s.Box.Bottom) + Gap;
        }

        return y - Gap <= area.Bottom ? shapes : null;
    }

    private List<List<LaidOutShape>> Paginate(List<Item> items, Rect area)
    {
        var pages = new List<List<LaidOutShape>> { new() };
        var queue = new LinkedList<Item>(items);
        var y = area.Y;

        void NewPage()
        {
            pages.Add([]);
            y = area.Y;
        }

        while (queue.First is { } node)
        {
            var item = node.Value;
            queue.RemoveFirst();
            var room = area with { Y = y, Height = area.Bottom - y };
            var page = pages[^1];

            // Only an item that could fit is laid out whole: a long one goes straight to splitting, so
            // paginating stays linear in the text instead of laying the rest out again on every page.
            var placed = CharactersOf(item) <= MostCharacters(room, styler.Theme.Sizes.MinTable) ? Place(item, room, 1.0) : null;
            if (placed is not null && placed.Max(s => s.Box.Bottom) <= area.Bottom)
            {
                page.AddRange(placed);
                y = placed.Max(s => s.Box.Bottom) + Gap;
                continue;
            }

            var (head, tail) = Split(item, room, emptyPage: page.Count == 0);
            if (head is null)
            {
                if (page.Count == 0)
                {
                    // Taller than a whole slide and not splittable as it is (a table row with a very long
                    // cell): set as plain text, which splits between lines.
                    if (AsText(item) is { } text)
                    {
                        if (text.Remainder is not null)
                        {
                            queue.AddFirst(text.Remainder);
                        }

                        queue.AddFirst(text.Head);
                        continue;
                    }

                    // Nothing smaller exists (a single line taller than the slide): placed as it is.
                    page.AddRange(Place(item, room, 1.0));
                    NewPage();
                    continue;
                }

                queue.AddFirst(item);
                NewPage();
                continue;
            }

            page.AddRange(Place(head, room, 1.0));
            if (tail is not null)
            {
                queue.AddFirst(tail);
            }

            NewPage();
        }

        pages.RemoveAll(p => p.Count == 0);
        return pages;
    }

    /// <summary>The largest first part of an item that fits the room, and what is left.</summary>
    private (Item? Head, Item? Tail) Split(Item item, Rect room, bool emptyPage)
    {
        switch (item)
        {
            case TextItem text:
                var style = StyleOf(text, 1.0);
                var fit = ParagraphsThatFit(text.Paragraphs, style, room);

                // Keep a subheading with what follows it.
                while (fit > 1 && text.Paragraphs[fit - 1].Kind == ParagraphKind.Subheading)
                {
                    fit--;
                }

                if (fit > 0)
                {
                    return (text with { Paragraphs = text.Paragraphs.Take(fit).ToList() },
                            fit < text.Paragraphs.Count ? text with { Paragraphs = text.Paragraphs.Skip(fit).ToList() } : null);
                }

                // Not even the first paragraph fits: cut it between lines, at a sentence end if one fits.
                if (SplitParagraph(text.Paragraphs[0], style, room, allowLineCut: emptyPage) is not { } parts)
                {
                    return (null, null);
                }

                return (text with { Paragraphs = [parts.Head] }, text with { Paragraphs = [parts.Tail, .. text.Paragraphs.Skip(1)] });

            case TableItem table:
                var rows = 0;
                for (var n = 1; n <= table.Table.Rows.Count; n++)
                {
                    if (LayTable(table.Table with { Rows = table.Table.Rows.Take(n).ToList() }, room, 1.0).Box.Height > room.Height)
                    {
                        break;
                    }

                    rows = n;
                }

                if (rows == 0)
                {
                    return (null, null);
                }

                return (table with { Table = table.Table with { Rows = table.Table.Rows.Take(rows).ToList() } },
                        table with { Table = table.Table with { Rows = table.Table.Rows.Skip(rows).ToList() } });

            case QuoteItem quote when emptyPage:
                // A quotation too long for a whole slide is set as quoted text and split like prose.
                var paragraphs = new List<Paragraph> { Paragraph.Plain("“" + quote.Quote.Text + "”") };
                if (quote.Quote.Attribution is { } a)
                {
                    paragraphs.Add(Paragraph.Plain("— " + a));
                }

                return Split(new TextItem(paragraphs, false), room, emptyPage);

            default:
                return (null, null);
        }
    }

    /// <summary>How many of the paragraphs fit the room, laying out only as many as could (in doubling batches).</summary>
    private int ParagraphsThatFit(IReadOnlyList<Paragraph> paragraphs, TextStyle style, Rect room)
    {
        // Paragraphs beyond the most characters the room can hold cannot fit: never laid out here.
        var most = MostCharacters(room, style.Sizes.Min());
        long characters = 0;
        var candidates = 0;
        while (candidates < paragraphs.Count && (characters += Length(paragraphs[candidates])) <= most)
        {
            candidates++;
        }

        if (candidates == 0)
        {
            return 0;
        }

        for (var batch = 8; ; batch *= 2)
        {
            var laid = styler.Lay(paragraphs.Take(Math.Min(batch, candidates)).ToList(), style, room.Width);
            var height = 2 * SlideGeometry.InsetY;
            for (var n = 0; n < laid.Count; n++)
            {
                height += Emu.FromPoints(laid[n].HeightPoints);
                if (height > room.Height)
                {
                    return n;
                }
            }

            if (laid.Count == candidates)
            {
                return laid.Count;
            }
        }
    }

    /// <summary>An upper bound of the characters a box can hold at a size: every line full of the narrowest glyphs.</summary>
    private static long MostCharacters(Rect room, double smallestSize)
    {
        var lines = Emu.ToPoints(room.Height) / (smallestSize * 1.0) + 1;
        var perLine = Emu.ToPoints(room.Width) / (smallestSize * 0.15) + 1;
        return (long)(lines * perLine);
    }

    private static long CharactersOf(Item item) => item switch
    {
        TextItem t => t.Paragraphs.Sum(Length),
        QuoteItem q => q.Quote.Text.Length,
        TableItem tb => tb.Table.Header.Sum(Length) + tb.Table.Rows.Sum(row => row.Sum(Length)),
        _ => 0,
    };

    private static long Length(Paragraph paragraph) => Length(paragraph.Runs);

    private static long Length(IReadOnlyList<Run> runs) => runs.Sum(r => (long)r.Text.Length);

    private (Paragraph Head, Paragraph Tail)? SplitParagraph(Paragraph paragraph, TextStyle style, Rect room, bool allowLineCut)
    {
        // Lay out only a prefix that surely fills the room; the rest joins the tail unlaid.
        var (measured, unlaid, midWord) = Prefix(paragraph, MostCharacters(room, style.Sizes.Min()));
        var laid = styler.Lay([measured], style, room.Width)[0];
        var available = Emu.ToPoints(room.Height - 2 * SlideGeometry.InsetY);
        var fitLines = (int)Math.Floor(available / laid.LineSpacingPoints);
        if (fitLines < 1 || (fitLines >= laid.Lines.Count && unlaid.Count == 0))
        {
            return null;
        }

        fitLines = Math.Min(fitLines, laid.Lines.Count);

        var cut = fitLines;
        for (var n = fitLines; n >= 1; n--)
        {
            if (Language.Sentences.Ends(string.Concat(laid.Lines[n - 1].Runs.Select(r => r.Text))))
            {
                cut = n;
                break;
            }

            if (n == 1)
            {
                cut = allowLineCut ? fitLines : 0;
            }
        }

        if (cut == 0)
        {
            return null;
        }

        var head = paragraph with { Runs = JoinLines(laid.Lines.Take(cut)) };
        var tailRuns = JoinLines(laid.Lines.Skip(cut));
        if (unlaid.Count > 0)
        {
            // The unlaid rest continues the text after a space, or mid-word where it was cut without one.
            if (tailRuns.Count > 0 && !midWord)
            {
                tailRuns[^1] = tailRuns[^1] with { Text = tailRuns[^1].Text + " " };
            }

            tailRuns.AddRange(unlaid);
        }

        var tail = paragraph with { Runs = tailRuns, Kind = paragraph.Kind == ParagraphKind.Subheading ? paragraph.Kind : ParagraphKind.Plain };
        return (head, tail);
    }

    /// <summary>The paragraph cut after about <paramref name="characters"/> characters, at a space: the prefix, and the runs after it.</summary>
    private static (Paragraph Start, List<Run> After, bool MidWord) Prefix(Paragraph paragraph, long characters)
    {
        if (Length(paragraph) <= characters)
        {
            return (paragraph, [], false);
        }

        var midWord = false;
        var head = new List<Run>();
        var rest = new List<Run>();
        long seen = 0;

        // A run much longer than the bound is cut into pieces once, so that later pages move pieces
        // from list to list instead of copying the rest of a megabyte string on every page.
        var size = (int)Math.Min(characters, int.MaxValue / 4);
        foreach (var run in paragraph.Runs.SelectMany(r => r.Text.Length > 2L * size ? Pieces(r, size) : [r]))
        {
            if (rest.Count > 0 || seen >= characters)
            {
                rest.Add(run);
                continue;
            }

            if (seen + run.Text.Length <= characters)
            {
                head.Add(run);
                seen += run.Text.Length;
                continue;
            }

            // At a space near the bound (after it, else before it); in a "word" with no space near
            // (a hostile line), at the bound itself, and the pieces then join without a space.
            var at = (int)(characters - seen);
            var space = run.Text.IndexOf(' ', at, Math.Min(200, run.Text.Length - at));
            if (space < 0 && at > 0)
            {
                space = run.Text.LastIndexOf(' ', at - 1, Math.Min(200, at));
            }

            var cut = space >= 0 ? space : char.IsLowSurrogate(run.Text[at]) ? at - 1 : at;
            head.Add(run with { Text = run.Text[..cut] });
            rest.Add(run with { Text = run.Text[(space >= 0 ? cut + 1 : cut)..] });
            midWord = space < 0;
            seen = characters;
        }

        rest.RemoveAll(r => r.Text.Length == 0);
        return (paragraph with { Runs = head }, rest, midWord && rest.Count > 0);
    }

    /// <summary>A run cut into pieces of about <paramref name="size"/> characters, each ending after a space where one is near.</summary>
    private static IEnumerable<Run> Pieces(Run run, int size)
    {
        var text = run.Text;
        var start = 0;
        while (start < text.Length)
        {
            var end = Math.Min(text.Length, start + size);
            if (end < text.Length)
            {
                var space = text.IndexOf(' ', end, Math.Min(200, text.Length - end));
                end = space >= 0 ? space + 1 : char.IsLowSurrogate(text[end]) ? end - 1 : end;
            }

            yield return run with { Text = text[start..end] };
            start = end;
        }
    }

    private static List<Run> JoinLines(IEnumerable<MeasuredLine> lines)
    {
        var runs = new List<Run>();
        foreach (var line in lines)
        {
            if (runs.Count > 0)
            {
                runs[^1] = runs[^1] with { Text = runs[^1].Text + " " };
            }

            foreach (var run in line.Runs)
            {
                if (runs.Count > 0 && runs[^1].Style == run.Style && runs[^1].Link == run.Link)
                {
                    runs[^1] = runs[^1] with { Text = runs[^1].Text + run.Text };
                }
                else
                {
                    runs.Add(run);
                }
            }
        }

        return runs;
    }

    /// <summary>The start of an item as paragraphs that can be split at any line (and the rest), or null when it is text already.</summary>
    private static (TextItem Head, Item? Remainder)? AsText(Item item)
    {
        switch (item)
        {
            case TableItem { Table: var table } when table.Rows.Count > 0:
                // The first row as "Header: cell" paragraphs; the other rows stay a table.
                var row = table.Rows[0];
                var paragraphs = row.Select((cell, c) =>
                {
                    var header = c < table.Header.Count ? string.Concat(table.Header[c].Select(r => r.Text)) : "";
                    IReadOnlyList<Run> runs = header.Length > 0 ? [new Run(header + ": ", RunStyle.Bold), .. cell] : cell;
                    return new Paragraph(runs);
                }).Where(p => p.Runs.Count > 0).ToList();
                var rest = table.Rows.Count > 1 ? new TableItem(table with { Rows = table.Rows.Skip(1).ToList() }) : null;
                return paragraphs.Count == 0 ? null : (new TextItem(paragraphs, false), rest);
            default:
                return null;
        }
    }

    private static Item ToItem(SlideBlock block) => block switch
    {
        TextBlock t => new TextItem(t.Paragraphs, false),
        CodeBlock c => new TextItem(c.Lines.Select(l => new Paragraph([new Run(l.Length == 0 ? " " : l, RunStyle.Code)])).ToList(), true),
        QuoteBlock q => new QuoteItem(q),
        TableBlock tb => new TableItem(tb),
        _ => throw new ArgumentOutOfRangeException(nameof(block)),
    };

    private TextStyle StyleOf(TextItem item, double scale)
    {
        var theme = styler.Theme;
        return item.IsCode
            ? new TextStyle("code", [theme.Sizes.Code * scale], theme.Color("dk1"), LineSpacing: 1.15, ParagraphSpacing: 0)
            : new TextStyle("body", theme.Sizes.Body, theme.BodyColor(), Listed: true).Scaled(scale);
    }

    /// <summary>The shapes of one item placed at the top of <paramref name="room"/>.</summary>
    private List<LaidOutShape> Place(Item item, Rect room, double scale)
    {
        var theme = styler.Theme;
        switch (item)
        {
            case TextItem text:
                var laid = styler.Lay(text.Paragraphs, StyleOf(text, scale), room.Width);
                return [new TextShape(room.WithHeight(ParagraphStyler.HeightOf(laid)), text.IsCode ? TextRole.Code : TextRole.Body, laid,
                    Fill: text.IsCode ? theme.Color("lt2") : null)];
            case QuoteItem quote:
                return QuoteShapes(quote.Quote, room, theme.Sizes.Body[0] * scale, theme.Sizes.Attribution * scale, indented: true);
            case TableItem table:
                return [LayTable(table.Table, room, scale)];
            default:
                throw new ArgumentOutOfRangeException(nameof(item));
        }
    }

    /// <summary>A quotation set in the quote font with its attribution right-aligned beneath it.</summary>
    internal List<LaidOutShape> QuoteShapes(QuoteBlock quote, Rect room, double size, double attributionSize, bool indented)
    {
        var theme = styler.Theme;
        // Opened and closed, excerpt or not: the ellipses inside say where it was cut.
        var text = "“" + quote.Text + "”";
        var quoteStyle = new TextStyle("quote", [size], theme.Color("dk2"), RunStyle.Italic, LineSpacing: 1.25, Indented: indented);
        var laid = styler.Lay([Paragraph.Plain(text)], quoteStyle, room.Width);
        var quoteBox = room.WithHeight(ParagraphStyler.HeightOf(laid));
        var shapes = new List<LaidOutShape> { new TextShape(quoteBox, TextRole.Quote, laid) };
        if (quote.Attribution is { } attribution)
        {
            var style = new TextStyle("body", [attributionSize], theme.Color("accent1"), Align: TextAlign.Right);
            var att = styler.Lay([Paragraph.Plain("— " + attribution)], style, room.Width);
            shapes.Add(new TextShape(quoteBox.Below(Emu.FromPoints(6)).WithHeight(ParagraphStyler.HeightOf(att)), TextRole.Attribution, att));
        }

        return shapes;
    }

    private TableShape LayTable(TableBlock table, Rect room, double scale)
    {
        var theme = styler.Theme;
        var size = Math.Max(theme.Sizes.MinTable, theme.Sizes.Table * scale);
        var columns = table.Alignments.Count;
        var allRows = (table.Header.Count > 0 ? new[] { table.Header } : []).Concat(table.Rows).ToList();

        // Natural width of each column: its widest cell on one line; shares of the width follow it.
        var natural = new double[columns];
        foreach (var row in allRows)
        {
            for (var c = 0; c < columns; c++)
            {
                var w = styler.Measurer.Width(string.Concat(row[c].Select(r => r.Text)), "body", RunStyle.Bold, size);
                natural[c] = Math.Max(natural[c], Math.Max(w, size * 3));
            }
        }

        var total = natural.Sum();
        var widths = natural.Select(n => (long)(room.Width * (n / total))).ToList();
        widths[^1] = room.Width - widths.Take(columns - 1).Sum();

        var cells = new List<IReadOnlyList<LaidOutParagraph>>();
        var heights = new List<long>();
        for (var r = 0; r < allRows.Count; r++)
        {
            var header = r == 0 && table.Header.Count > 0;
            long rowHeight = 0;
            for (var c = 0; c < columns; c++)
            {
                var align = table.Alignments[c] switch { CellAlignment.Center => TextAlign.Center, CellAlignment.Right => TextAlign.Right, _ => TextAlign.Left };
                var style = new TextStyle("body", [size], header ? theme.Color("lt1") : theme.Color("dk1"), header ? RunStyle.Bold : RunStyle.None, align);
                var laid = styler.Lay([new Paragraph(allRows[r][c])], style, widths[c]);
                cells.Add(laid);
                rowHeight = Math.Max(rowHeight, ParagraphStyler.HeightOf(laid));
            }

            heights.Add(rowHeight);
        }

        // The header in the accent colour, then bands of the light colours.
        var hasHeader = table.Header.Count > 0;
        var fills = Enumerable.Range(0, heights.Count)
            .Select(r => hasHeader && r == 0 ? theme.Color("accent1") : (hasHeader ? r % 2 == 0 : r % 2 == 1) ? theme.Color("lt2") : theme.Color("lt1"))
            .ToList();
        return new TableShape(room.WithHeight(heights.Sum()), widths, heights, cells, columns, hasHeader) { RowFills = fills, RuleColor = "C5CED8" };
    }

    /// <summary>The picture scaled into the room with its aspect ratio kept, centred across it.</summary>
    internal static PictureShape FitPicture(PictureBlock picture, Rect room)
    {
        var aspect = picture.PixelWidth / (double)picture.PixelHeight;
        var width = room.Width;
        var height = (long)(width / aspect);
        if (picture.Requested is { } asked)
        {
            // The size the notes ask for ({width=30%}, {height=2in}), never more than the room: one of the two keeps the
            // aspect ratio; both given set both, as pandoc does.
            long? w = asked.WidthFraction is { } wf ? (long)(room.Width * wf) : asked.WidthPoints is { } wp ? Emu.FromPoints(wp) : null;
            long? h = asked.HeightFraction is { } hf ? (long)(room.Height * hf) : asked.HeightPoints is { } hp ? Emu.FromPoints(hp) : null;
            (width, height) = (w, h) switch
            {
                ({ } ww, null) => (ww, (long)(ww / aspect)),
                (null, { } hh) => ((long)(hh * aspect), hh),
                ({ } ww, { } hh) => (ww, hh),
                _ => (width, height),
            };
            if (width > room.Width)
            {
                height = (long)(height * (room.Width / (double)width));
                width = room.Width;
            }
        }

        if (height > room.Height)
        {
            width = (long)(width * (room.Height / (double)height));
            height = room.Height;
        }

        return new PictureShape(new Rect(room.X + (room.Width - width) / 2, room.Y, width, height), picture);
    }
}
