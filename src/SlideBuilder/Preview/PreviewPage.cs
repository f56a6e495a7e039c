using System.Globalization;
using System.Net;
using System.Text;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Preview;

/// <summary>
/// The preview page: the build's diagnostics at the top, then every deck's slides as pictures with the
/// speaker's notes beside each. The page listens for rebuilds (server-sent events) and swaps in the new
/// board without a reload, so the reader keeps their place; pictures are named by content, so only
/// slides that changed are fetched again.
/// </summary>
public static class PreviewPage
{
    public static string Page(PreviewState state) => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Encode(Title(state))}} · SlideBuilder preview</title>
        <style>
        body { margin: 0; font: 15px/1.45 system-ui, sans-serif; background: #eceef1; color: #1d2127; }
        header { position: sticky; top: 0; z-index: 1; background: #1d2127; color: #fff; padding: 8px 20px; display: flex; gap: 16px; align-items: baseline; }
        header h1 { font-size: 16px; margin: 0; font-weight: 600; }
        header .status { font-size: 13px; opacity: .8; }
        main { padding: 12px 20px 40px; }
        .diagnostics { list-style: none; margin: 0 0 16px; padding: 0; }
        .diagnostics li { padding: 6px 10px; margin: 4px 0; border-left: 4px solid; background: #fff; font-family: ui-monospace, monospace; font-size: 13px; white-space: pre-wrap; }
        .diagnostics .error { border-color: #c62828; }
        .diagnostics .warning { border-color: #e6a700; }
        .clean { color: #2e7d32; margin: 0 0 16px; }
        .deck > h2 { font-size: 18px; margin: 20px 0 4px; }
        .deck .facts { margin: 0 0 12px; color: #555; }
        .stale { background: #fff3cd; padding: 6px 10px; }
        .slide { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; margin: 0 0 20px; }
        .slide img { width: min(100%, var(--w)); height: auto; aspect-ratio: var(--ratio); box-shadow: 0 1px 4px rgba(0,0,0,.25); background: #fff; }
        .notes { flex: 1 1 280px; max-width: 60ch; background: #fff; padding: 8px 14px; border-radius: 4px; }
        .notes h3 { margin: 4px 0; font-size: 13px; text-transform: uppercase; letter-spacing: .04em; color: #666; }
        .notes p { margin: 6px 0; white-space: pre-wrap; }
        .notes .none { color: #888; font-style: italic; }
        </style>
        </head>
        <body data-version="{{state.Version}}">
        <header><h1>{{Encode(Title(state))}}</h1><span class="status" id="status">live: rebuilds as you save</span></header>
        <main id="board">
        {{Board(state)}}
        </main>
        <script>
        (() => {
          const status = document.getElementById('status');
          const events = new EventSource('/events?after=' + document.body.dataset.version);
          events.addEventListener('rebuilt', async () => {
            const response = await fetch('/board', { cache: 'no-store' });
            const version = Number(response.headers.get('X-Preview-Version'));
            if (!response.ok || !(version > Number(document.body.dataset.version))) return; // a slower, older reply
            const board = await response.text();
            if (!(version > Number(document.body.dataset.version))) return;
            document.getElementById('board').innerHTML = board;
            document.body.dataset.version = String(version);
            status.textContent = 'rebuilt at ' + new Date().toLocaleTimeString();
          });
          events.onerror = () => { status.textContent = 'not connected: is slidebuilder watch still running?'; };
          events.onopen = () => { status.textContent = 'live: rebuilds as you save'; };
        })();
        </script>
        </body>
        </html>
        """;

    /// <summary>The part of the page a rebuild replaces.</summary>
    public static string Board(PreviewState state)
    {
        var html = new StringBuilder();
        var all = state.Diagnostics.Concat(state.Decks.SelectMany(d => d.Diagnostics)).ToList();
        if (all.Count == 0)
        {
            html.Append("<p class=\"clean\">No errors or warnings.</p>\n");
        }
        else
        {
            html.Append("<ul class=\"diagnostics\">\n");
            foreach (var d in all)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li class=\"{(d.Severity == Severity.Error ? "error" : "warning")}\">{Encode(d.ToString())}</li>\n");
            }

            html.Append("</ul>\n");
        }

        foreach (var deck in state.Decks)
        {
            Deck(html, deck);
        }

        return html.ToString();
    }

    private static void Deck(StringBuilder html, PreviewDeck deck)
    {
        var ratio = string.Create(CultureInfo.InvariantCulture, $"{deck.PixelWidth} / {deck.PixelHeight}");
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"deck\" style=\"--w: {deck.PixelWidth / 2}px; --ratio: {ratio}\">\n<h2>{Encode(deck.Source)}</h2>\n");
        var minutes = deck.Minutes > 0 ? $", {Language.Durations.About(deck.Minutes)} to speak" : "";
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"facts\">{deck.Slides.Count} slide{(deck.Slides.Count == 1 ? "" : "s")}{minutes}</p>\n");
        if (deck.Stale)
        {
            html.Append("<p class=\"stale\">These notes do not build now (see above)")
                .Append(deck.Slides.Count > 0 ? "; these are the slides of the last build that did." : ".")
                .Append("</p>\n");
        }

        foreach (var slide in deck.Slides)
        {
            var label = $"Slide {slide.Number}{(string.IsNullOrWhiteSpace(slide.Title) ? "" : ": " + slide.Title)}";
            html.Append(CultureInfo.InvariantCulture, $"<article class=\"slide\" id=\"slide-{slide.Number}\">\n<img src=\"/slides/{slide.Picture}.png\" width=\"{deck.PixelWidth}\" height=\"{deck.PixelHeight}\" alt=\"{Encode(label)}\">\n<div class=\"notes\"><h3>{Encode(label)}</h3>");
            if (slide.Notes.Count == 0)
            {
                html.Append("<p class=\"none\">No speaker notes.</p>");
            }

            foreach (var paragraph in slide.Notes)
            {
                html.Append("<p>").Append(Encode(paragraph)).Append("</p>");
            }

            html.Append("</div>\n</article>\n");
        }

        html.Append("</section>\n");
    }

    private static string Title(PreviewState state) =>
        state.Decks.Count == 1 ? Path.GetFileName(state.Decks[0].Source) : $"{state.Decks.Count} decks";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
