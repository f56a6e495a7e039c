using System.Text;
using SlideBuilder.Model;
using SlideBuilder.Notes;

namespace SlideBuilder.Output.Markdown;

/// <summary>
/// Writes a <see cref="NotesDocument"/> as SlideBuilder Markdown, so prose notes can be imported
/// once and edited from then on. Reading the result back gives the same document: same headings,
/// bullets, quotations and notes, hence the same slides.
/// </summary>
public static class NotesMarkdownWriter
{
    public static string Write(NotesDocument doc)
    {
        var md = new StringBuilder();
        var s = doc.Settings;
        md.Append("---\n");
        AppendYaml(md, "title", s.Title);
        AppendYaml(md, "subtitle", s.Subtitle);
        AppendYaml(md, "author", s.Author);
        AppendYaml(md, "date", s.Date);
        AppendYaml(md, "event", s.Event);
        md.Append("---\n");

        foreach (var block in doc.Blocks)
        {
            md.Append('\n');
            switch (block)
            {
                case HeadingBlock h:
                    md.Append(new string('#', h.Level)).Append(' ').Append(Escape(h.Text)).Append('\n');
                    break;
                case SpeakerNoteBlock notes:
                    md.Append("::: notes\n");
                    md.Append(string.Join("\n\n", notes.Paragraphs.Select(p => Escape(p.Text)))).Append('\n');
                    md.Append(":::\n");
                    break;
                case QuotationBlock quote:
                    md.Append(string.Join(">\n", quote.Paragraphs.Select(p => "> " + Escape(p) + "\n")));
                    if (quote.Attribution is not null)
                    {
                        md.Append(">\n> — ").Append(Escape(quote.Attribution)).Append('\n');
                    }

                    break;
                case SlideBreakBlock:
                    md.Append("---\n");
                    break;
                case ContentBlock { Block: TextBlock text }:
                    foreach (var p in text.Paragraphs)
                    {
                        md.Append(p.Kind == ParagraphKind.Bullet ? new string(' ', p.Level * 2) + "- " : "").Append(Escape(p.Text)).Append('\n');
                    }

                    break;
                case ContentBlock { Block: FigureBlock { Spec: { } spec } }:
                    md.Append("```figure\n").Append(FigureYaml(spec)).Append("```\n");
                    break;
                case ContentBlock other:
                    throw new NotSupportedException($"import cannot write {other.Block.GetType().Name} yet");
            }
        }

        return md.ToString();
    }

    /// <summary>A figure as the YAML of a <c>```figure</c> block, for the speaker to check and correct.</summary>
    public static string FigureYaml(Model.FigureSpec spec)
    {
        var y = new StringBuilder();
        AppendYaml(y, "title", spec.Title);
        y.Append("kind: ").Append(spec.Kind.ToString().ToLowerInvariant()).Append('\n');
        AppendYaml(y, "unit", spec.Unit);
        AppendYaml(y, "period", spec.Period);
        y.Append("scale: ").Append(spec.Scale.ToString().ToLowerInvariant()).Append('\n');
        AppendYaml(y, "source", spec.Source);
        AppendYaml(y, "note", spec.Note);
        if (spec.Annotations.Count > 0)
        {
            y.Append("annotations:\n");
            foreach (var a in spec.Annotations)
            {
                y.Append("  - ").Append(Quote(a)).Append('\n');
            }
        }

        y.Append("items:\n");
        foreach (var item in spec.Items)
        {
            y.Append("  - label: ").Append(Quote(item.Label)).Append('\n');
            y.Append(item.IsRange
                ? $"    range: [{Figures.AmountText.Format(item.Low).Replace(",", "", StringComparison.Ordinal)}, {Figures.AmountText.Format(item.High).Replace(",", "", StringComparison.Ordinal)}]\n"
                : $"    value: {Figures.AmountText.Format(item.High).Replace(",", "", StringComparison.Ordinal)}\n");
            if (item.Approx)
            {
                y.Append("    approx: true\n");
            }

            if (item.Series is not null)
            {
                y.Append("    series: ").Append(Quote(item.Series)).Append('\n');
            }

            if (item.Stated is not null)
            {
                y.Append("    stated: ").Append(Quote(item.Stated)).Append('\n');
            }
        }

        if (spec.Native)
        {
            y.Append("native: true\n");
        }

        return y.ToString();
    }

    private static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static void AppendYaml(StringBuilder md, string key, string? value)
    {
        if (value is not null)
        {
            md.Append(key).Append(": ").Append(Quote(value)).Append('\n');
        }
    }

    /// <summary>Backslash-escapes what Markdown would read as markup, so the text comes back as written.</summary>
    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '|' or '&' or '#' or '~')
            {
                sb.Append('\\');
            }

            sb.Append(c);
        }

        var result = sb.ToString();

        // Line starts that would make a list, a heading or a fence.
        if (result.Length > 0 && result[0] is '-' or '+' or '=' or ':')
        {
            result = "\\" + result;
        }

        var digits = 0;
        while (digits < result.Length && char.IsAsciiDigit(result[digits]))
        {
            digits++;
        }

        if (digits > 0 && digits < result.Length && result[digits] is '.' or ')')
        {
            result = result[..digits] + "\\" + result[digits..];
        }

        return result;
    }
}
