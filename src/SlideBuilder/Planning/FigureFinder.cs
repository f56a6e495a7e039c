using SlideBuilder.Figures;
using SlideBuilder.Model;
using SlideBuilder.Notes;

namespace SlideBuilder.Planning;

/// <summary>
/// Finds income comparisons in the notes themselves: a section (quotations included) with three
/// or more comparable incomes gets a figure slide after the slide where its last amount is; incomes
/// left over from shorter sections are compared two or more at a time, after the last of them.
/// Amounts per week or month are converted to per year with the factor stated on the figure;
/// amounts per day, hour or season, and piece rates ("16 cents a tree"), are never put on a yearly axis.
/// </summary>
public static class FigureFinder
{
    /// <summary>A section's own figure needs this many incomes on one axis.</summary>
    public const int MinimumAmounts = 3;

    /// <summary>Incomes left over from sections too short for a figure are compared when there are this many on one axis.</summary>
    public const int MinimumLeftovers = 2;
    public const string Title = "Incomes compared";

    private static string AllText(IEnumerable<NotesBlock> blocks) => string.Join("\n", blocks.SelectMany(b => b switch
    {
        ContentBlock { Block: TextBlock t } => t.Paragraphs.Select(p => p.Text),
        SpeakerNoteBlock n => n.Paragraphs.Select(p => p.Text),
        QuotationBlock q => q.Paragraphs,
        _ => [],
    }));

    /// <param name="fromScript">Prose notes: the amounts are read from the speaker's script (the notes), since the slides carry only cues.</param>
    public static NotesDocument AddFigures(NotesDocument doc, bool fromScript = false)
    {
        var blocks = doc.Blocks.ToList();
        // Notes that do not say their language are read in the number style their own text uses ("1.800 lire").
        var allText = AllText(blocks);
        var numbers = doc.Settings.LanguageGiven ? Language.NumberStyle.For(doc.Settings.Language) : Language.NumberStyle.Infer(allText);
        var local = LocalCurrencies.Find(allText);
        var sectionStarts = blocks.Select((b, i) => (b, i)).Where(x => x.b is HeadingBlock { Level: 1 }).Select(x => x.i).ToList();
        var bounds = sectionStarts.Count == 0 ? [0] : sectionStarts.Prepend(0).Distinct().ToList();
        var inserts = new List<(int After, FigureBlock Figure)>();
        var leftovers = new List<(FoundAmount Amount, int Index)>();
        var everDrawn = new HashSet<(string, double, double, Period)>();
        // Every amount the notes have given so far: "at ¥1,150" after "¥1,150/hr" is the same hourly rate.
        var earlier = new List<FoundAmount>();

        var sections = new List<(List<(FoundAmount Amount, int Index)> Found, List<FoundMultiplier> Multipliers)>();
        for (var s = 0; s < bounds.Count; s++)
        {
            var end = s + 1 < bounds.Count ? bounds[s + 1] : blocks.Count;
            var found = new List<(FoundAmount Amount, int Index)>();
            var multipliers = new List<FoundMultiplier>();
            for (var i = bounds[s]; i < end; i++)
            {
                // Paragraph by paragraph: two bullets run together would read as one sentence.
                IEnumerable<string> texts = blocks[i] switch
                {
                    ContentBlock { Block: TextBlock t } when !fromScript => t.Paragraphs.Select(p => p.Text),
                    // Prose notes carry their amounts in the script; Markdown also in the notes its long paragraphs went to.
                    SpeakerNoteBlock n => n.Paragraphs.Select(p => p.Text),
                    QuotationBlock q => q.Paragraphs,
                    _ => [],
                };
                foreach (var text in texts)
                {
                    var (amounts, mults) = AmountExtractor.Extract(text, blocks[i].Source, numbers, local, earlier);
                    earlier.AddRange(amounts);
                    // Only what the notes say is an income: an amount they do not call pay ("a double-house half was $3 a
                    // week", "a bowl of noodles was ¥350") may be rent or a price, and never reaches an income figure.
                    // Amounts asked about in a question are not facts; the same amount said twice is one bar.
                    // An amount put another way ("…, call it f 2,300 a year") is the same bar, drawn from its first telling.
                    found.AddRange(amounts.Where(a => a.Kind == AmountKind.Income && !a.InQuestion && !a.Restates).Select(a => (a, i)));

                    multipliers.AddRange(mults);
                }
            }

            sections.Add(([.. found.DistinctBy(f => Fact(f.Amount))], multipliers));
        }

        // "her pay slip: 1.850,50 € gross" and later "a violist on 1.850,50 € a month": a sum said first without its period
        // has the one it is given later.
        var stated = earlier.Where(a => a.Period != Period.Unstated).ToList();
        foreach (var (found, _) in sections)
        {
            for (var k = 0; k < found.Count; k++)
            {
                var a = found[k].Amount;
                if (a.Period == Period.Unstated && a.Per is null && stated.FirstOrDefault(b => b.Currency == a.Currency && b.Low == a.Low && b.High == a.High) is { } later)
                {
                    found[k] = (a with { Period = later.Period }, found[k].Index);
                }
            }

            // (Two sums that are now the same bar are one.)
            var once = found.DistinctBy(f => Fact(f.Amount)).ToList();
            found.Clear();
            found.AddRange(once);
        }

        foreach (var (found, multipliers) in sections)
        {
            foreach (var group in found.GroupBy(f => f.Amount.Currency, StringComparer.Ordinal))
            {
                var drawn = new List<(FoundAmount Amount, int Index)>();
                foreach (var (spec, lastIndex, used) in Figures(group.ToList(), multipliers, MinimumAmounts))
                {
                    inserts.Add((lastIndex, new FigureBlock(spec, null, spec.Location)));
                    drawn.AddRange(used);
                }

                leftovers.AddRange(group.Where(a => !drawn.Contains(a)));
                everDrawn.UnionWith(drawn.Select(d => Fact(d.Amount)));
            }
        }

        // Incomes from sections too short to have a figure of their own ("By 1937 the weavers were back to $19 a
        // week") are compared together, after the last of them.
        // (An income a section's own figure already shows is not drawn again among the leftovers.)
        foreach (var group in leftovers.Where(f => !everDrawn.Contains(Fact(f.Amount))).DistinctBy(f => Fact(f.Amount)).GroupBy(f => f.Amount.Currency, StringComparer.Ordinal))
        {
            foreach (var (spec, lastIndex, _) in Figures(group.ToList(), [], MinimumLeftovers))
            {
                inserts.Add((lastIndex, new FigureBlock(spec, null, spec.Location)));
            }
        }

        // Numbered in the order the deck shows them, and inserted from the end so the earlier places stay put
        // (for one place the later figure first, so figures keep the order they were found in).
        var ordered = inserts.Select((x, n) => (x.After, x.Figure, n)).OrderBy(x => x.After).ThenBy(x => x.n).ToList();
        for (var k = ordered.Count - 1; k >= 0; k--)
        {
            var (after, figure, _) = ordered[k];
            var titled = k == 0 ? figure : new FigureBlock(figure.Spec! with { Title = $"{Title} ({k + 1})" }, null, figure.Source);
            blocks.Insert(after + 1, new ContentBlock(titled));
        }

        return doc with { Blocks = blocks };
    }

    /// <summary>What makes two amounts one bar: the same sum in the same currency over the same period.</summary>
    private static (string Currency, double Low, double High, Period Period) Fact(FoundAmount a) => (a.Currency, a.Low, a.High, a.Period);

    private static IEnumerable<(FigureSpec Spec, int LastIndex, List<(FoundAmount Amount, int Index)> Used)> Figures(List<(FoundAmount Amount, int Index)> amounts, List<FoundMultiplier> multipliers, int minimum)
    {
        // Weeks, months and years share a yearly axis (converted, and the figure says so); days, hours and seasons
        // never go on it: each gets a figure of its own when it has enough amounts.
        // A piece rate or a rate per shift ("16 cents a tree", "¥5,000 per shift") is on no time axis: it gets a figure of its own.
        var convertible = amounts.Where(a => a.Amount.Period is Period.Year or Period.Month or Period.Week || a.Amount.Period == Period.Unstated && a.Amount.Per is null).ToList();
        var explicitPeriods = convertible.Select(a => a.Amount.Period).Where(p => p != Period.Unstated).Distinct().ToList();
        // An amount without a period is taken as yearly only where it could be: a sum smaller than what someone is said to
        // earn in a month ("a base salary of ¥265,000" beside "¥310,000 a month", "1,200 dirhams" for a carpet) is not a
        // year's income, and a bar for it would undersell it twelvefold.
        if (convertible.Where(a => a.Amount.Period is Period.Month or Period.Week).Select(a => a.Amount.High).DefaultIfEmpty(0).Max() is var monthly and > 0)
        {
            convertible = convertible.Where(a => a.Amount.Period != Period.Unstated || a.Amount.High >= monthly).ToList();
        }

        if (convertible.Count >= minimum)
        {
            var notes = new List<string>();
            var yearly = convertible.Select(a =>
            {
                var factor = a.Amount.Period switch { Period.Week => 52, Period.Month => 12, _ => 1 };
                // The figure shows what the talk said beside the converted value: "1,144 (22 a week)".
                var stated = factor == 1 ? null : (a.Amount.High > a.Amount.Low ? $"{AmountText.Format(a.Amount.Low)}–{AmountText.Format(a.Amount.High)}" : AmountText.Format(a.Amount.High))
                    + " a " + a.Amount.Period.ToString().ToLowerInvariant();
                return (a.Amount with { Low = a.Amount.Low * factor, High = a.Amount.High * factor }, stated, a.Index);
            }).ToList();

            if (explicitPeriods.Contains(Period.Week))
            {
                notes.Add("Weekly amounts × 52 to compare per year.");
            }

            if (explicitPeriods.Contains(Period.Month))
            {
                notes.Add("Monthly amounts × 12 to compare per year.");
            }

            if (convertible.Any(a => a.Amount.Period == Period.Unstated) && explicitPeriods.Count > 0)
            {
                notes.Add("Amounts without a stated period are taken as yearly.");
            }

            yield return (Spec(yearly, explicitPeriods.Count > 0 ? "per year" : null, notes, multipliers), yearly.Max(a => a.Index), convertible);
        }

        foreach (var byPeriod in amounts.GroupBy(a => a.Amount.Period).Where(g => g.Key is Period.Day or Period.Hour or Period.Season && g.Count() >= minimum))
        {
            yield return (Spec(byPeriod.Select(a => (a.Amount, (string?)null, a.Index)).ToList(), "per " + byPeriod.Key.ToString().ToLowerInvariant(), [], multipliers), byPeriod.Max(a => a.Index), byPeriod.ToList());
        }

        foreach (var byUnit in amounts.Where(a => a.Amount.Period == Period.Unstated && a.Amount.Per is not null).GroupBy(a => a.Amount.Per!, StringComparer.Ordinal).Where(g => g.Count() >= minimum))
        {
            yield return (Spec(byUnit.Select(a => (a.Amount, (string?)null, a.Index)).ToList(), "per " + byUnit.Key, [], multipliers), byUnit.Max(a => a.Index), byUnit.ToList());
        }
    }

    private static FigureSpec Spec(List<(FoundAmount Amount, string? Stated, int Index)> amounts, string? period, List<string> notes, List<FoundMultiplier> multipliers)
    {
        var items = amounts
            .Select(a => new FigureItem(a.Amount.Label, a.Amount.Low, a.Amount.High, a.Amount.Approx, null, a.Amount.Source) { Stated = a.Stated })
            .OrderBy(i => i.High)
            .ToList();

        // One bar a label: a label said twice for different amounts is numbered, so no bar hides another.
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var k = 0; k < items.Count; k++)
        {
            var n = seen[items[k].Label] = seen.GetValueOrDefault(items[k].Label) + 1;
            if (n > 1)
            {
                items[k] = items[k] with { Label = $"{items[k].Label} ({n})" };
            }
        }

        return new FigureSpec(Title, FigureKind.Bar, amounts[0].Amount.Currency, period, FigureScale.Auto, null,
            notes.Count > 0 ? string.Join(" ", notes) : null, items,
            multipliers.Select(m => $"{m.Text}: {m.Clause}").ToList(), false, amounts[0].Amount.Source);
    }
}
