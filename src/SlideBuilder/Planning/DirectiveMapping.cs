using SlideBuilder.Model;
using SlideBuilder.Notes;
using SlideBuilder.Diagnostics;

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
    public string? Header { get; private set; }
    public string? Background { get; private set; }
    public PictureBlock? BackgroundPicture { get; private set; }

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
            case "header":
                slide.Header = d.Value;
                Header = d.ThisSlide ? Header : d.Value;
                break;
            case "backgroundColor" when CssColor(d.Value) is { } color:
                slide.Background = color;
                Background = d.ThisSlide ? Background : color;
                break;
            case "backgroundImage" when d.Picture is { } picture:
                slide.BackgroundPicture = picture;
                BackgroundPicture = d.ThisSlide ? BackgroundPicture : picture;
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
        slide.Header ??= Header;
        slide.Background ??= Background;
        slide.BackgroundPicture ??= BackgroundPicture;
    }

    /// <summary>A CSS colour as six hex digits: #rgb, #rrggbb, or one of the common names; null for anything else.</summary>
    private static string? CssColor(string value)
    {
        var v = value.Trim().ToLowerInvariant();
        string? named = v switch
        {
            "white" => "FFFFFF", "black" => "000000", "red" => "FF0000", "green" => "008000", "blue" => "0000FF", "yellow" => "FFFF00",
            "gray" or "grey" => "808080", "navy" => "000080", "orange" => "FFA500", "purple" => "800080", "silver" => "C0C0C0", "teal" => "008080",
            _ => null,
        };
        if (named is not null)
        {
            return named;
        }

        if (v.StartsWith('#') && v[1..].All(char.IsAsciiHexDigit) && v.Length is 4 or 7)
        {
            return (v.Length == 4 ? string.Concat(v[1..].Select(c => $"{c}{c}")) : v[1..]).ToUpperInvariant();
        }

        return null;
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
