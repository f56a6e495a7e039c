using SlideBuilder.Build;
using SlideBuilder.Notes;

namespace SlideBuilder.Planning;

/// <summary>
/// What Marp's directives and Slidev's per-slide front matter mean here: a centred title layout for Marp's
/// <c>lead</c> class and Slidev's cover-like layouts, <c>paginate</c> for slide numbers, <c>footer</c>.
/// Anything else has no equivalent and is dropped with one warning naming it.
/// </summary>
internal sealed class DirectiveMapping(DiagnosticBag? diagnostics)
{
    /// <summary>Slidev layouts that are a title in the middle of the slide.</summary>
    private static readonly HashSet<string> CentredLayouts = new(StringComparer.OrdinalIgnoreCase)
    {
        "center", "cover", "intro", "end", "section", "statement", "fact", "quote",
    };

    /// <summary>Classes that centre a slide's title: Marp's lead, remark's center and middle, Slidev's text-center.</summary>
    private static readonly HashSet<string> CentredClasses = new(StringComparer.OrdinalIgnoreCase) { "lead", "center", "middle", "text-center" };

    private readonly HashSet<string> _warned = new(StringComparer.Ordinal);

    // Marp's directives without an underscore apply from their slide on.
    public bool Centred { get; private set; }
    public string? Footer { get; private set; }
    public bool? Numbered { get; private set; }

    public void Apply(DirectiveBlock d, SlideSequence.Draft slide)
    {
        switch (d.Key)
        {
            case "class" when d.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries) is var classes && classes.Any(CentredClasses.Contains):
                slide.Centred = true;
                Centred = d.ThisSlide ? Centred : true;
                WarnRest(d, classes.Where(c => !CentredClasses.Contains(c)));
                break;
            case "class":
                slide.Centred = false;
                Centred = d.ThisSlide ? Centred : false;
                WarnRest(d, d.Value.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries));
                break;
            case "name" or "count" or "seq":
                break; // remark's slide names and counters: nothing to show
            case "layout" when CentredLayouts.Contains(d.Value):
                slide.Centred = true;
                break;
            case "layout" when d.Value is "default" or "":
                break;
            case "layout" when d.Value == "true":
                Warn(d, "remark's template slide (layout: true) is not repeated on the slides after it; its content is shown as a slide of its own");
                break;
            case "paginate" or "hideSlideNumber":
                var on = d.Value.Trim().ToLowerInvariant() is "true" or "yes" ^ d.Key == "hideSlideNumber";
                slide.Numbered = on;
                Numbered = d.ThisSlide ? Numbered : on;
                break;
            case "footer":
                slide.Footer = d.Value;
                Footer = d.ThisSlide ? Footer : d.Value;
                break;
            default:
                Warn(d, $"'{d.Key}: {d.Value}' has no equivalent here and is dropped (see the README's mapping of other slide tools)");
                break;
        }
    }

    /// <summary>Settings that carry on from earlier slides, for a slide that has none of its own.</summary>
    public void Inherit(SlideSequence.Draft slide)
    {
        slide.Centred |= Centred;
        slide.Footer ??= Footer;
        slide.Numbered ??= Numbered;
    }

    private void WarnRest(DirectiveBlock d, IEnumerable<string> classes)
    {
        foreach (var c in classes)
        {
            Warn(d with { Value = c }, $"class '{c}' has no equivalent here and is dropped");
        }
    }

    private void Warn(DirectiveBlock d, string message)
    {
        if (_warned.Add(d.Key + "=" + d.Value))
        {
            diagnostics?.Warn(d.Source, DiagnosticCodes.Directive, message);
        }
    }
}
