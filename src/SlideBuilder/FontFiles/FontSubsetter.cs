using System.Buffers.Binary;
using System.Text;

namespace SlideBuilder.FontFiles;

/// <summary>
/// Shrinks a TrueType font to the glyphs a document uses, for embedding in PDFs: the outlines of
/// every other glyph are dropped (their ids stay, empty), hinting and layout tables that drawing
/// does not need are removed. The cmap, metrics and glyph ids are untouched, so measurement,
/// drawing and text extraction behave as with the whole font. A font that is not plain TrueType
/// (no 'glyf', e.g. CFF) is returned unchanged.
/// </summary>
public static class FontSubsetter
{
    /// <summary>Tables the PDF does not need: hinting, device metrics, shaping (we draw without shaping), signatures.</summary>
    private static readonly HashSet<string> Dropped = new(StringComparer.Ordinal)
    {
        "fpgm", "prep", "cvt ", "hdmx", "LTSH", "VDMX", "kern", "GSUB", "GPOS", "GDEF", "JSTF", "DSIG", "gasp", "PCLT", "FFTM", "BASE", "meta",
    };

    /// <summary>The hinting programs and their settings, kept for fonts a deck carries.</summary>
    private static readonly HashSet<string> Hinting = new(StringComparer.Ordinal) { "fpgm", "prep", "cvt ", "gasp" };

    /// <param name="keepHinting">Keep the hinting programs (fpgm, prep, cvt, gasp) the kept glyphs call: a font a deck carries is
    /// rasterised by Windows, which may reject glyphs whose programs are missing. PDFs draw without them.</param>
    public static byte[] Subset(byte[] font, IEnumerable<ushort> glyphIds, bool keepHinting = false)
    {
        var tables = ReadTables(font);
        if (!tables.TryGetValue("glyf", out var glyf) || !tables.TryGetValue("loca", out var loca) || !tables.TryGetValue("head", out var head) || !tables.TryGetValue("maxp", out var maxp))
        {
            return font;
        }

        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(maxp.AsSpan(4));
        uint Offset(int g) => longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(loca.AsSpan(g * 4)) : BinaryPrimitives.ReadUInt16BigEndian(loca.AsSpan(g * 2)) * 2u;

        // The glyphs asked for, .notdef, and every component of a composite glyph among them.
        var keep = new SortedSet<ushort> { 0 };
        var pending = new Stack<ushort>(glyphIds.Where(g => g < numGlyphs));
        while (pending.TryPop(out var g))
        {
            if (!keep.Add(g) && g != 0)
            {
                continue;
            }

            var start = Offset(g);
            var end = Offset(g + 1);
            if (end - start < 10 || BinaryPrimitives.ReadInt16BigEndian(glyf.AsSpan((int)start)) >= 0)
            {
                continue;
            }

            var p = (int)start + 10;
            while (true)
            {
                var flags = BinaryPrimitives.ReadUInt16BigEndian(glyf.AsSpan(p));
                var component = BinaryPrimitives.ReadUInt16BigEndian(glyf.AsSpan(p + 2));
                if (!keep.Contains(component))
                {
                    pending.Push(component);
                }

                p += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
                p += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
                if ((flags & 0x0020) == 0)
                {
                    break;
                }
            }
        }

        // New glyf with the kept outlines only (4-byte aligned), and a long-format loca for it.
        using var newGlyf = new MemoryStream();
        var newLoca = new byte[(numGlyphs + 1) * 4];
        for (var g = 0; g < numGlyphs; g++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(g * 4), (uint)newGlyf.Length);
            if (keep.Contains((ushort)g))
            {
                var start = (int)Offset(g);
                newGlyf.Write(glyf, start, (int)Offset(g + 1) - start);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(numGlyphs * 4), (uint)newGlyf.Length);
        var newHead = (byte[])head.Clone();
        BinaryPrimitives.WriteInt16BigEndian(newHead.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(newHead.AsSpan(8), 0); // checkSumAdjustment, set below

        var result = tables.Where(t => !Dropped.Contains(t.Key) || (keepHinting && Hinting.Contains(t.Key))).ToDictionary(t => t.Key, t => t.Value, StringComparer.Ordinal);
        result["glyf"] = newGlyf.ToArray();
        result["loca"] = newLoca;
        result["head"] = newHead;
        return WriteFont(font, result);
    }

    internal static Dictionary<string, byte[]> ReadTables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = 12 + i * 16;
            var tag = Encoding.ASCII.GetString(font, record, 4);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 8));
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(font.AsSpan(record + 12));
            tables[tag] = font.AsSpan(offset, length).ToArray();
        }

        return tables;
    }

    internal static byte[] WriteFont(byte[] original, Dictionary<string, byte[]> tables)
    {
        var tags = tables.Keys.Order(StringComparer.Ordinal).ToList();
        var n = tags.Count;
        var entrySelector = (int)Math.Floor(Math.Log2(n));
        var searchRange = (1 << entrySelector) * 16;
        using var output = new MemoryStream();
        var header = new byte[12 + n * 16];
        Array.Copy(original, header, 4); // sfnt version
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), (ushort)n);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(8), (ushort)entrySelector);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(10), (ushort)(n * 16 - searchRange));
        var offset = header.Length;
        var headOffset = 0;
        for (var i = 0; i < n; i++)
        {
            var data = tables[tags[i]];
            var record = 12 + i * 16;
            Encoding.ASCII.GetBytes(tags[i], header.AsSpan(record, 4));
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(record + 4), Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(record + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(record + 12), (uint)data.Length);
            headOffset = tags[i] == "head" ? offset : headOffset;
            offset += (data.Length + 3) & ~3;
        }

        output.Write(header);
        foreach (var tag in tags)
        {
            output.Write(tables[tag]);
            for (var pad = tables[tag].Length; pad % 4 != 0; pad++)
            {
                output.WriteByte(0);
            }
        }

        var bytes = output.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(headOffset + 8), 0xB1B0AFBA - Checksum(bytes));
        return bytes;
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var k = 0; k < 4; k++)
            {
                word = (word << 8) | (i + k < data.Length ? data[i + k] : 0u);
            }

            sum += word;
        }

        return sum;
    }
}
