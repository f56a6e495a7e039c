using System.Globalization;
using System.Xml.Linq;
using SlideBuilder.Layout;
using static SlideBuilder.Output.Pptx.Xml;

namespace SlideBuilder.Output.Pptx;

/// <summary>
/// Pauses and incremental lists as PowerPoint builds: each click makes the next paragraphs appear
/// (the "Appear" entrance effect, one <c>p:par</c> per click). The PDFs draw the slide's final state.
/// </summary>
internal static class ClickBuilds
{
    /// <param name="firstId">The shape id of the first shape; the slide writer numbers shapes in order from it.</param>
    public static XElement? Timing(IReadOnlyList<LaidOutShape> shapes, int firstId)
    {
        var targets = new List<(int Step, int ShapeId, int Paragraph)>();
        for (var i = 0; i < shapes.Count; i++)
        {
            if (shapes[i] is TextShape text)
            {
                for (var p = 0; p < text.Paragraphs.Count; p++)
                {
                    if (text.Paragraphs[p].Source.Step > 0)
                    {
                        targets.Add((text.Paragraphs[p].Source.Step, firstId + i, p));
                    }
                }
            }
        }

        if (targets.Count == 0)
        {
            return null;
        }

        var ids = 3; // 1: the timing root, 2: the main sequence
        var clicks = targets.GroupBy(t => t.Step).OrderBy(g => g.Key).Select(click =>
        {
            var effects = click.Select((t, n) => Effect(t.ShapeId, t.Paragraph, first: n == 0, ref ids)).ToList();
            var outer = ids++;
            var inner = ids++;
            return new XElement(P + "par", new XElement(P + "cTn", Id(outer), new XAttribute("fill", "hold"),
                Start("indefinite"),
                new XElement(P + "childTnLst", new XElement(P + "par", new XElement(P + "cTn", Id(inner), new XAttribute("fill", "hold"),
                    Start("0"), new XElement(P + "childTnLst", effects))))));
        }).ToList();

        var slideTarget = new XElement(P + "tgtEl", new XElement(P + "sldTgt"));
        return new XElement(P + "timing",
            new XElement(P + "tnLst", new XElement(P + "par",
                new XElement(P + "cTn", Id(1), new XAttribute("dur", "indefinite"), new XAttribute("restart", "never"), new XAttribute("nodeType", "tmRoot"),
                    new XElement(P + "childTnLst",
                        new XElement(P + "seq", new XAttribute("concurrent", "1"), new XAttribute("nextAc", "seek"),
                            new XElement(P + "cTn", Id(2), new XAttribute("dur", "indefinite"), new XAttribute("nodeType", "mainSeq"),
                                new XElement(P + "childTnLst", clicks)),
                            new XElement(P + "prevCondLst", new XElement(P + "cond", new XAttribute("evt", "onPrev"), new XAttribute("delay", "0"), slideTarget)),
                            new XElement(P + "nextCondLst", new XElement(P + "cond", new XAttribute("evt", "onNext"), new XAttribute("delay", "0"), new XElement(slideTarget)))))))),
            new XElement(P + "bldLst", targets.Select(t => t.ShapeId).Distinct().Select(id =>
                new XElement(P + "bldP", new XAttribute("spid", Num(id)), new XAttribute("grpId", "0"), new XAttribute("build", "p")))));
    }

    private static XElement Effect(int shapeId, int paragraph, bool first, ref int ids)
    {
        var effect = ids++;
        var set = ids++;
        return new XElement(P + "par", new XElement(P + "cTn", Id(effect),
            new XAttribute("presetID", "1"), new XAttribute("presetClass", "entr"), new XAttribute("presetSubtype", "0"),
            new XAttribute("fill", "hold"), new XAttribute("grpId", "0"), new XAttribute("nodeType", first ? "clickEffect" : "withEffect"),
            Start("0"),
            new XElement(P + "childTnLst", new XElement(P + "set",
                new XElement(P + "cBhvr",
                    new XElement(P + "cTn", Id(set), new XAttribute("dur", "1"), new XAttribute("fill", "hold"), Start("0")),
                    new XElement(P + "tgtEl", new XElement(P + "spTgt", new XAttribute("spid", Num(shapeId)),
                        new XElement(P + "txEl", new XElement(P + "pRg", new XAttribute("st", Num(paragraph)), new XAttribute("end", Num(paragraph)))))),
                    new XElement(P + "attrNameLst", new XElement(P + "attrName", "style.visibility"))),
                new XElement(P + "to", new XElement(P + "strVal", new XAttribute("val", "visible")))))));
    }

    private static XAttribute Id(int id) => new("id", id.ToString(CultureInfo.InvariantCulture));

    private static XElement Start(string delay) => new(P + "stCondLst", new XElement(P + "cond", new XAttribute("delay", delay)));
}
