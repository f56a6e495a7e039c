using System.Buffers.Binary;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using SkiaSharp;
using SlideBuilder.Build;
using SlideBuilder.Tests.Support;
using P = DocumentFormat.OpenXml.Presentation;

namespace SlideBuilder.Tests;

/// <summary>
/// The deck carries the fonts it names (PowerPoint's "embed fonts in the file"), cut to the characters it sets,
/// as Embedded OpenType parts: only a face whose file is the named family, and only where its licence allows.
/// </summary>
public sealed class FontEmbeddingTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    /// <summary>The default template with its sans and serif named as the families their files are (not Arial and Times New Roman).</summary>
    private string HouseTemplate(Func<string, byte[], byte[]>? patchFont = null)
    {
        var folder = Path.Combine(_ws.Root, "house");
        var from = Path.Combine(Templates.TemplateLoader.BuiltInDirectory, "default");
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(folder, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            var bytes = File.ReadAllBytes(file);
            File.WriteAllBytes(target, patchFont is not null && file.EndsWith(".ttf", StringComparison.Ordinal) ? patchFont(Path.GetFileName(file), bytes) : bytes);
        }

        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "template.json")))!;
        json["name"] = "house";
        json["fonts"]!["sans"]!["name"] = "Liberation Sans";
        json["fonts"]!["serif"]!["name"] = "Liberation Serif";
        File.WriteAllText(Path.Combine(folder, "template.json"), json.ToJsonString());
        return folder;
    }

    private const string Talk = "# Harbour wages\n\n## The **point**\n\n- Dockers earned *more* in 1911\n- Quay ledger\n";

    private static string DeckOf(DeckResult result) => result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal));

    /// <summary>The TrueType font inside an EOT, after checking the header's sizes, version and magic number.</summary>
    private static byte[] Unwrapped(byte[] eot)
    {
        Assert.Equal((uint)eot.Length, BinaryPrimitives.ReadUInt32LittleEndian(eot));
        var fontSize = (int)BinaryPrimitives.ReadUInt32LittleEndian(eot.AsSpan(4));
        Assert.Equal(0x00020001u, BinaryPrimitives.ReadUInt32LittleEndian(eot.AsSpan(8)));
        Assert.Equal(0u, BinaryPrimitives.ReadUInt32LittleEndian(eot.AsSpan(12))); // neither compressed nor obfuscated
        Assert.Equal(0x504C, BinaryPrimitives.ReadUInt16LittleEndian(eot.AsSpan(34)));
        return eot.AsSpan(eot.Length - fontSize).ToArray();
    }

    private static bool Drawn(SKTypeface face, char c)
    {
        using var font = new SKFont(face, 40);
        var glyph = font.GetGlyphs(c.ToString())[0];
        using var path = font.GetGlyphPath(glyph);
        return glyph != 0 && path is { IsEmpty: false };
    }

    [Fact]
    public void A_template_naming_its_own_font_files_has_them_carried_in_the_deck_cut_to_the_characters_it_sets()
    {
        var notes = _ws.Write("talk.md", Talk);
        var result = _ws.BuildAll(notes, new BuildOptions(_ws.Out, Template: HouseTemplate()));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "SB032");
        using var deck = new PptxInspector(DeckOf(result));
        Assert.Empty(deck.ValidationErrors());
        var presentation = deck.Document.PresentationPart!.Presentation;
        Assert.True(presentation.EmbedTrueTypeFonts?.Value);
        var families = presentation.EmbeddedFontList!.Elements<P.EmbeddedFont>().ToList();
        var sans = Assert.Single(families, f => f.Font!.Typeface == "Liberation Sans");
        Assert.NotNull(sans.RegularFont);
        Assert.NotNull(sans.BoldFont); // the title is bold, and "point" in the body
        Assert.NotNull(sans.ItalicFont); // "more"

        var part = (FontPart)deck.Document.PresentationPart.GetPartById(sans.RegularFont!.Id!);
        Assert.Equal("application/x-fontdata", part.ContentType);
        using var stream = part.GetStream();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var sfnt = Unwrapped(buffer.ToArray());
        using var face = SKTypeface.FromData(SKData.CreateCopy(sfnt));
        Assert.Equal("Liberation Sans", face.FamilyName);
        // Every character the regular face sets is drawn; one the deck never uses is not carried.
        Assert.All("Dockers earned in 1911 Quay ledger", c => Assert.True(c == ' ' || Drawn(face, c), $"'{c}' is not in the carried font"));
        Assert.False(Drawn(face, 'Ж'), "the carried font holds outlines the deck does not use");
        Assert.True(sfnt.Length < File.ReadAllBytes(Path.Combine(Templates.TemplateLoader.BuiltInDirectory, "default", "fonts", "LiberationSans-Regular.ttf")).Length / 2);
        if (ExternalTools.InteropAvailable)
        {
            DeckOnPaper.AssertEveryWordLandsOnItsPage(deck.Path);
        }
    }

    [Eot2TtfFact]
    public void Libeot_reads_the_carried_fonts_as_the_families_the_deck_names()
    {
        var notes = _ws.Write("talk.md", Talk);
        var result = _ws.BuildAll(notes, new BuildOptions(_ws.Out, Template: HouseTemplate(), Formats: Workspace.PptxOnly));
        using var deck = new PptxInspector(DeckOf(result));
        foreach (var family in deck.Document.PresentationPart!.Presentation.EmbeddedFontList!.Elements<P.EmbeddedFont>())
        {
            foreach (var id in new DocumentFormat.OpenXml.OpenXmlElement?[] { family.RegularFont, family.BoldFont, family.ItalicFont, family.BoldItalicFont }
                         .OfType<P.EmbeddedFontDataIdType>().Select(f => f.Id!.Value!))
            {
                var part = deck.Document.PresentationPart.GetPartById(id);
                var eot = Path.Combine(_ws.Root, id + ".eot");
                using (var output = File.Create(eot))
                {
                    using var input = part.GetStream();
                    input.CopyTo(output);
                }

                var ttf = Path.Combine(_ws.Root, id + ".ttf");
                var (code, _, stderr) = ExternalTools.Run("eot2ttf", [eot, ttf], TimeSpan.FromSeconds(30));
                Assert.True(code == 0, $"eot2ttf refused {id}: {stderr}");
                using var face = SKTypeface.FromFile(ttf);
                Assert.Equal(family.Font!.Typeface!.Value, face.FamilyName);
            }
        }
    }

    [Fact]
    public void The_built_in_templates_name_fonts_every_powerpoint_has_and_carry_none()
    {
        var notes = _ws.Write("talk.md", Talk);
        var result = _ws.BuildAll(notes, new BuildOptions(_ws.Out, Formats: Workspace.PptxOnly));
        using var deck = new PptxInspector(DeckOf(result));
        Assert.Null(deck.Document.PresentationPart!.Presentation.EmbeddedFontList);
        Assert.Null(deck.Document.PresentationPart.Presentation.EmbedTrueTypeFonts);
        Assert.Empty(deck.Document.PresentationPart.FontParts);
    }

    [Fact]
    public void A_font_whose_licence_forbids_embedding_is_not_carried_and_a_warning_says_so()
    {
        // Liberation Sans marked "restricted licence" (fsType 2) in its OS/2 table.
        var notes = _ws.Write("talk.md", Talk);
        var template = HouseTemplate((name, bytes) => name.StartsWith("LiberationSans", StringComparison.Ordinal) ? Restricted(bytes) : bytes);
        var result = _ws.BuildAll(notes, new BuildOptions(_ws.Out, Template: template, Formats: Workspace.PptxOnly));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "SB032");
        Assert.Contains("'Liberation Sans'", warning.Message, StringComparison.Ordinal);
        Assert.Contains("licence forbids embedding", warning.Message, StringComparison.Ordinal);
        using var deck = new PptxInspector(DeckOf(result));
        Assert.Empty(deck.ValidationErrors());
        var carried = deck.Document.PresentationPart!.Presentation.EmbeddedFontList?.Elements<P.EmbeddedFont>().Select(f => f.Font!.Typeface!.Value).ToList() ?? [];
        Assert.DoesNotContain("Liberation Sans", carried);

        static byte[] Restricted(byte[] font)
        {
            var copy = (byte[])font.Clone();
            var tables = BinaryPrimitives.ReadUInt16BigEndian(copy.AsSpan(4));
            for (var i = 0; i < tables; i++)
            {
                var record = 12 + i * 16;
                if (System.Text.Encoding.ASCII.GetString(copy, record, 4) == "OS/2")
                {
                    var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(copy.AsSpan(record + 8));
                    BinaryPrimitives.WriteUInt16BigEndian(copy.AsSpan(offset + 8), 0x0002);
                    return copy;
                }
            }

            throw new InvalidOperationException("no OS/2 table");
        }
    }
}

/// <summary>A PowerPoint template that carries its own fonts: they measure and draw the deck's text, whatever the machine has.</summary>
public sealed class CarriedTemplateFontTests : IDisposable
{
    private readonly Workspace _ws = new();

    public void Dispose() => _ws.Dispose();

    /// <summary>Liberation Sans renamed "Harbour Sans": a family no machine has.</summary>
    private static byte[] Renamed(byte[] font, string style)
    {
        var tables = FontFiles.FontSubsetter.ReadTables(font);
        var names = new (ushort Id, string Text)[] { (1, "Harbour Sans"), (2, style), (4, $"Harbour Sans {style}"), (6, $"HarbourSans-{style}") };
        using var table = new MemoryStream();
        void U16(int v) { Span<byte> b = stackalloc byte[2]; BinaryPrimitives.WriteUInt16BigEndian(b, (ushort)v); table.Write(b); }
        U16(0);
        U16(names.Length);
        U16(6 + names.Length * 12);
        var offset = 0;
        foreach (var (id, text) in names)
        {
            U16(3); U16(1); U16(0x0409); U16(id); U16(text.Length * 2); U16(offset);
            offset += text.Length * 2;
        }

        foreach (var (_, text) in names)
        {
            table.Write(System.Text.Encoding.BigEndianUnicode.GetBytes(text));
        }

        tables["name"] = table.ToArray();
        return FontFiles.FontSubsetter.WriteFont(font, tables);
    }

    /// <summary>The built-in template exported as .potx, its theme fonts set to Harbour Sans, which it carries (regular and bold).</summary>
    private string Template(Func<byte[], byte[]>? spoil = null)
    {
        var path = Path.Combine(_ws.Root, "harbour.potx");
        File.WriteAllBytes(path, TemplateExport.Potx("default"));
        var fonts = Path.Combine(Templates.TemplateLoader.BuiltInDirectory, "default", "fonts");
        using (var doc = PresentationDocument.Open(path, true))
        {
            var pres = doc.PresentationPart!;
            foreach (var theme in new[] { pres.ThemePart }.Concat(pres.SlideMasterParts.Select(m => m.ThemePart)).OfType<ThemePart>().Distinct())
            {
                foreach (var latin in theme.Theme.Descendants<DocumentFormat.OpenXml.Drawing.LatinFont>())
                {
                    latin.Typeface = "Harbour Sans";
                }

                theme.Theme.Save();
            }

            var list = new P.EmbeddedFontList();
            var font = new P.EmbeddedFont(new P.Font { Typeface = "Harbour Sans" });
            foreach (var (style, file) in new[] { ("Regular", "LiberationSans-Regular.ttf"), ("Bold", "LiberationSans-Bold.ttf") })
            {
                var eot = FontFiles.EotFont.Wrap(Renamed(File.ReadAllBytes(Path.Combine(fonts, file)), style));
                var part = pres.AddFontPart(FontPartType.FontData, "rIdHarbour" + style);
                using (var stream = new MemoryStream(spoil?.Invoke(eot) ?? eot))
                {
                    part.FeedData(stream);
                }

                font.Append(style == "Regular" ? new P.RegularFont { Id = "rIdHarbour" + style } : new P.BoldFont { Id = "rIdHarbour" + style });
            }

            list.Append(font);
            pres.Presentation.InsertAfter(list, pres.Presentation.NotesSize);
            pres.Presentation.EmbedTrueTypeFonts = true;
            pres.Presentation.Save();
        }

        return path;
    }

    private const string Talk = "# Harbour wages\n\n## Dockers\n\n- Dockers earned more in 1911\n- The quay ledger shows it\n";

    [Fact]
    public void The_templates_carried_font_measures_and_draws_the_text_and_stays_in_the_deck()
    {
        var notes = _ws.Write("talk.md", Talk);
        var result = _ws.BuildAll(notes, new BuildOptions(_ws.Out, Template: Template()));
        // No stand-in: the carried font is the font.
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("Harbour Sans", StringComparison.Ordinal));
        var pdf = File.ReadAllBytes(result.Outputs.Single(o => o.EndsWith(".slides.pdf", StringComparison.Ordinal)));
        Assert.Contains("HarbourSans-Bold", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        Assert.Contains("HarbourSans-Regular", System.Text.Encoding.Latin1.GetString(pdf), StringComparison.Ordinal);
        using var deck = new PptxInspector(result.Outputs.Single(o => o.EndsWith(".pptx", StringComparison.Ordinal)));
        Assert.Empty(deck.ValidationErrors());
        var carried = Assert.Single(deck.Document.PresentationPart!.Presentation.EmbeddedFontList!.Elements<P.EmbeddedFont>());
        Assert.Equal("Harbour Sans", carried.Font!.Typeface!.Value);
    }

    [Fact]
    public void A_compressed_carried_font_is_named_in_a_warning_and_the_machines_font_measures_instead()
    {
        var notes = _ws.Write("talk.md", Talk);
        var template = Template(eot =>
        {
            var copy = (byte[])eot.Clone();
            BinaryPrimitives.WriteUInt32LittleEndian(copy.AsSpan(12), 0x4); // MicroType Express
            return copy;
        });
        var result = _ws.BuildAll(notes, new BuildOptions(_ws.Out, Template: template, Formats: Workspace.PptxOnly));
        var warning = Assert.Single(result.Diagnostics, d => d.Message.Contains("cannot read", StringComparison.Ordinal));
        Assert.Equal("SB032", warning.Code);
        Assert.Contains("'Harbour Sans' (regular): it is compressed (MicroType Express)", warning.Message, StringComparison.Ordinal);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("'Harbour Sans' by", StringComparison.Ordinal)); // the stand-in is named
    }
}
