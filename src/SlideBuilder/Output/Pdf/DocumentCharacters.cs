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
        var chars = new SortedSet<char>();
        void Add(string? text)
        {
            foreach (var c in text ?? "")
            {
                chars.Add(c);
            }
        }

        for (var c = (char)0x20; c <= 0x7E; c++)
        {
            chars.Add(c);
        }

        for (var c = (char)0xA0; c <= 0xFF; c++)
        {
            chars.Add(c);
        }

        for (var c = (char)0x2010; c <= 0x205E; c++)
        {
            chars.Add(c);
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

        return new StringBuilder().Append(chars.ToArray()).ToString();
    }
}
