using System.Text;
using SlideBuilder.Layout;
using SlideBuilder.Model;

namespace SlideBuilder.Output.Pdf;

/// <summary>
/// Every character a PDF of this deck can draw: the deck's own text (slides, notes, quotations,
/// figures, properties) and, so labels and numbers the renderers make up are never missing, all
/// of printable ASCII, Latin-1 and general punctuation.
/// </summary>
public static class DocumentCharacters
{
    public static string Of(LaidOutDeck deck)
    {
        // Whole characters (runes), never UTF-16 halves: a split surrogate pair made the subset lose every glyph.
        var chars = new SortedSet<Rune>();
        void Add(string? text)
        {
            foreach (var r in (text ?? "").EnumerateRunes())
            {
                chars.Add(r);
            }
        }

        foreach (var (from, to) in new[] { (0x20, 0x7E), (0xA0, 0xFF), (0x2010, 0x205E) })
        {
            for (var c = from; c <= to; c++)
            {
                chars.Add(new Rune(c));
            }
        }

        Add("×≈·€₽£¥₹");
        Add(deck.Info.Title);
        Add(deck.Info.Subtitle);
        Add(deck.Info.Author);
        Add(deck.Info.Date);
        Add(deck.Info.Event);
        foreach (var slide in deck.Slides)
        {
            Add(slide.Title);
            Add(slide.Source.Title);
            foreach (var p in slide.Notes)
            {
                Add(p.Text);
            }

            foreach (var shape in slide.Shapes)
            {
                switch (shape)
                {
                    case TextShape text:
                        foreach (var p in text.Paragraphs)
                        {
                            Add(p.Source.Text);
                        }

                        break;
                    case TableShape table:
                        foreach (var p in table.Cells.SelectMany(c => c))
                        {
                            Add(p.Source.Text);
                        }

                        break;
                    case PictureShape picture:
                        Add(picture.Picture.Reference);
                        Add(picture.Picture.AltText);
                        break;
                    case FigureShape { Figure: var figure }:
                        Add(figure.Problem);
                        if (figure.Spec is { } spec)
                        {
                            Add(spec.Title + spec.Unit + spec.Period + spec.Note + spec.Source);
                            spec.Items.ToList().ForEach(i => Add(i.Label + i.Series));
                            spec.Annotations.ToList().ForEach(Add);
                        }

                        break;
                }
            }

            foreach (var quote in slide.Source.Body.OfType<QuoteBlock>())
            {
                Add(quote.Attribution);
                (quote.Full ?? []).ToList().ForEach(Add);
            }
        }

        var result = new StringBuilder();
        foreach (var r in chars)
        {
            result.Append(r.ToString());
        }

        return result.ToString();
    }
}
