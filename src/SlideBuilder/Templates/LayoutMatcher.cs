using SlideBuilder.Model;

namespace SlideBuilder.Templates;

/// <summary>
/// Our slide kinds matched to a PowerPoint template's layouts: by the names PowerPoint, pandoc and
/// LibreOffice give them (case-insensitive), then by the layout's type, then by its placeholders.
/// A kind the template has no layout for takes the nearest one, and the caller warns once, naming them.
/// </summary>
public static class LayoutMatcher
{
    private static readonly Dictionary<SlideLayoutKind, (string[] Names, string[] Types)> Wanted = new()
    {
        [SlideLayoutKind.Title] = (["title slide"], ["title"]),
        [SlideLayoutKind.SectionHeader] = (["section header", "section title", "section"], ["secHead"]),
        [SlideLayoutKind.TitleAndContent] = (["title and content", "title, content", "title and text"], ["obj", "tx"]),
        [SlideLayoutKind.TwoContent] = (["two content", "title, 2 content", "comparison"], ["twoObj", "twoTxTwoObj", "txAndObj"]),
        [SlideLayoutKind.Quotation] = (["quotation", "quote"], []),
        [SlideLayoutKind.PictureFigure] = (["picture/figure", "title only"], ["titleOnly"]),
        [SlideLayoutKind.Blank] = (["blank", "blank slide"], ["blank"]),
    };

    /// <summary>What each kind falls back to when the template lacks it.</summary>
    private static readonly Dictionary<SlideLayoutKind, SlideLayoutKind> Nearest = new()
    {
        [SlideLayoutKind.SectionHeader] = SlideLayoutKind.Title,
        [SlideLayoutKind.TwoContent] = SlideLayoutKind.TitleAndContent,
        [SlideLayoutKind.Quotation] = SlideLayoutKind.TitleAndContent,
        [SlideLayoutKind.PictureFigure] = SlideLayoutKind.TitleAndContent,
        [SlideLayoutKind.Blank] = SlideLayoutKind.PictureFigure,
        [SlideLayoutKind.Title] = SlideLayoutKind.TitleAndContent,
    };

    /// <returns>A layout for every kind, and the kinds that fell back (our own Quotation kind is not reported: no template has it).</returns>
    public static (IReadOnlyDictionary<SlideLayoutKind, TemplateLayout> Map, IReadOnlyList<SlideLayoutKind> Missing) Match(IReadOnlyList<TemplateLayout> all)
    {
        // Layouts the template's own slides use come first: a template with several masters means those.
        var layouts = all.Where(l => l.UsedBySlides).Concat(all.Where(l => !l.UsedBySlides)).ToList();
        var found = new Dictionary<SlideLayoutKind, TemplateLayout>();
        foreach (var (kind, (names, types)) in Wanted)
        {
            var layout = names.Select(n => layouts.FirstOrDefault(l => string.Equals(l.Name.Trim(), n, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(l => l is not null)
                ?? types.Select(t => layouts.FirstOrDefault(l => l.Type == t)).FirstOrDefault(l => l is not null)
                ?? ByPlaceholders(kind, layouts);
            if (layout is not null)
            {
                found[kind] = layout;
            }
        }

        var missing = Enum.GetValues<SlideLayoutKind>().Where(k => !found.ContainsKey(k)).ToList();
        var any = layouts.FirstOrDefault(l => l.Find("title", "ctrTitle") is not null) ?? layouts.FirstOrDefault()
            ?? throw new InvalidDataException("it has no slide layouts");
        foreach (var kind in missing)
        {
            var k = kind;
            for (var hops = 0; hops < 4 && !found.ContainsKey(k) && Nearest.TryGetValue(k, out var next); hops++)
            {
                k = next;
            }

            found[kind] = found.GetValueOrDefault(k) ?? any;
        }

        return (found, missing.Where(k => k != SlideLayoutKind.Quotation).ToList());
    }

    /// <summary>A layout whose placeholders fit the kind, when no name or type says so (localised names).</summary>
    private static TemplateLayout? ByPlaceholders(SlideLayoutKind kind, IReadOnlyList<TemplateLayout> layouts)
    {
        int Count(TemplateLayout l, params string[] types) => l.Placeholders.Count(p => types.Contains(p.Type));
        return kind switch
        {
            SlideLayoutKind.Title => layouts.FirstOrDefault(l => Count(l, "ctrTitle") == 1),
            SlideLayoutKind.TitleAndContent => layouts.FirstOrDefault(l => Count(l, "title") == 1 && Count(l, "body", "obj") == 1),
            SlideLayoutKind.TwoContent => layouts.FirstOrDefault(l => Count(l, "title") == 1 && Count(l, "body", "obj") == 2),
            SlideLayoutKind.PictureFigure => layouts.FirstOrDefault(l => Count(l, "title") == 1 && Count(l, "body", "obj", "pic", "subTitle") == 0),
            SlideLayoutKind.Blank => layouts.FirstOrDefault(l => Count(l, "title", "ctrTitle", "body", "obj", "subTitle", "pic") == 0),
            _ => null,
        };
    }
}
