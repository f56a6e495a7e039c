using System.Buffers.Binary;
using System.Text;

namespace SlideBuilder.FontFiles;

/// <summary>What a font's OS/2 table lets a document do with it.</summary>
public enum EmbeddingLicence
{
    /// <summary>Installable or editable: embedded, and the deck stays editable.</summary>
    Editable,

    /// <summary>Preview and print: embedded; PowerPoint opens such a deck read-only.</summary>
    PreviewAndPrint,

    /// <summary>Restricted licence: never embedded.</summary>
    Restricted,
}

/// <summary>
/// A TrueType font wrapped as Embedded OpenType (the W3C-submitted EOT format, version 2.1, uncompressed, not
/// XOR-obfuscated): the form PowerPoint keeps a deck's fonts in (<c>ppt/fonts/*.fntdata</c>). The header repeats
/// what the font's own OS/2, head and name tables say, so a reader can match it without opening the font.
/// </summary>
public static class EotFont
{
    private const uint Version21 = 0x00020001;
    private const ushort Magic = 0x504C;

    /// <summary>The licence the font's <c>fsType</c> gives, and whether it may be subset.</summary>
    public static (EmbeddingLicence Licence, bool MaySubset) LicenceOf(byte[] sfnt)
    {
        var os2 = FontSubsetter.ReadTables(sfnt).GetValueOrDefault("OS/2");
        if (os2 is null || os2.Length < 10)
        {
            return (EmbeddingLicence.Editable, true); // no OS/2 table: no restriction stated
        }

        var fsType = BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(8));
        // Bits 0-3 are the usage level; 0x0100 no subsetting; 0x0200 bitmap embedding only (no outlines to embed).
        var usage = fsType & 0x000E; // bit 0 is reserved
        var licence = (fsType & 0x0200) != 0 || (usage & 0x0002) != 0 && (usage & 0x000C) == 0
            ? EmbeddingLicence.Restricted
            : (usage & 0x0008) != 0 || usage == 0 ? EmbeddingLicence.Editable : EmbeddingLicence.PreviewAndPrint;
        return (licence, (fsType & 0x0100) == 0);
    }

    /// <summary>The font's family name (name id 1, Windows Unicode), or null.</summary>
    public static string? FamilyName(byte[] sfnt) => Name(FontSubsetter.ReadTables(sfnt), 1);

    /// <summary>The font wrapped as EOT; <paramref name="sfnt"/> is stored as it is.</summary>
    public static byte[] Wrap(byte[] sfnt)
    {
        var tables = FontSubsetter.ReadTables(sfnt);
        var os2 = tables.GetValueOrDefault("OS/2") ?? new byte[96];
        var head = tables.GetValueOrDefault("head") ?? new byte[54];
        using var header = new MemoryStream();
        void U32(uint v) { Span<byte> b = stackalloc byte[4]; BinaryPrimitives.WriteUInt32LittleEndian(b, v); header.Write(b); }
        void U16(ushort v) { Span<byte> b = stackalloc byte[2]; BinaryPrimitives.WriteUInt16LittleEndian(b, v); header.Write(b); }
        uint Os2(int offset) => os2.Length >= offset + 4 ? BinaryPrimitives.ReadUInt32BigEndian(os2.AsSpan(offset)) : 0;
        void Text(string? text)
        {
            var bytes = Encoding.Unicode.GetBytes(text ?? "");
            U16((ushort)bytes.Length);
            header.Write(bytes);
        }

        U32(0); // EOTSize, filled in below
        U32((uint)sfnt.Length);
        U32(Version21);
        U32(0); // flags: not compressed, not obfuscated
        header.Write(os2.Length >= 42 ? os2.AsSpan(32, 10) : new byte[10]); // PANOSE
        header.WriteByte(1); // charset: DEFAULT_CHARSET
        header.WriteByte((byte)(os2.Length >= 64 && (BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(62)) & 1) != 0 ? 1 : 0)); // italic
        U32(os2.Length >= 6 && BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(4)) is > 0 and var weight ? weight : 400u); // weight
        U16(os2.Length >= 10 ? BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(8)) : (ushort)0); // fsType
        U16(Magic);
        U32(Os2(42)); U32(Os2(46)); U32(Os2(50)); U32(Os2(54)); // Unicode ranges
        U32(Os2(78)); U32(Os2(82)); // code page ranges
        U32(head.Length >= 12 ? BinaryPrimitives.ReadUInt32BigEndian(head.AsSpan(8)) : 0); // checkSumAdjustment
        U32(0); U32(0); U32(0); U32(0); // reserved
        U16(0); Text(Name(tables, 1)); // family
        U16(0); Text(Name(tables, 2)); // style
        U16(0); Text(Name(tables, 5)); // version
        U16(0); Text(Name(tables, 4)); // full name
        U16(0); Text(null); // root string: usable from any document
        header.Write(sfnt);

        var eot = header.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(eot, (uint)eot.Length);
        return eot;
    }

    /// <summary>
    /// The font inside an EOT (any version; XOR-obfuscated data is restored), or a plain TrueType/OpenType file as it is;
    /// null, with the reason, when it is compressed (MicroType Express) or not a font.
    /// </summary>
    public static (byte[]? Font, string? Problem) Unwrap(byte[] data)
    {
        if (data.Length >= 4 && (BinaryPrimitives.ReadUInt32BigEndian(data) is 0x00010000 or 0x4F54544F or 0x74727565))
        {
            return (data, null); // already a font file ('\0\1\0\0', 'OTTO', 'true')
        }

        if (data.Length < 36 || BinaryPrimitives.ReadUInt16LittleEndian(data.AsSpan(34)) != Magic)
        {
            return (null, "it is not an Embedded OpenType font");
        }

        var size = BinaryPrimitives.ReadUInt32LittleEndian(data);
        var fontSize = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(4));
        var flags = BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(12));
        if ((flags & 0x4) != 0)
        {
            return (null, "it is compressed (MicroType Express), which SlideBuilder cannot read");
        }

        if (size > data.Length || fontSize == 0 || fontSize > size)
        {
            return (null, "its header gives sizes the file does not have");
        }

        // The font data ends the record in every version.
        var font = data.AsSpan((int)(size - fontSize), (int)fontSize).ToArray();
        if ((flags & 0x10000000) != 0)
        {
            for (var i = 0; i < font.Length; i++)
            {
                font[i] ^= 0x50;
            }
        }

        return BinaryPrimitives.ReadUInt32BigEndian(font) is 0x00010000 or 0x4F54544F or 0x74727565
            ? (font, null)
            : (null, "its data is not a TrueType or OpenType font");
    }

    /// <summary>A name record's text: Windows Unicode (3, 1) first, then Macintosh Roman (1, 0).</summary>
    private static string? Name(Dictionary<string, byte[]> tables, ushort nameId)
    {
        if (!tables.TryGetValue("name", out var name) || name.Length < 6)
        {
            return null;
        }

        var count = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(2));
        var strings = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(4));
        string? mac = null, windows = null;
        for (var i = 0; i < count && 6 + i * 12 + 12 <= name.Length; i++)
        {
            var record = name.AsSpan(6 + i * 12, 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var id = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = strings + BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (id != nameId || offset + length > name.Length)
            {
                continue;
            }

            if (platform == 3 && encoding is 1 or 10)
            {
                // US English first: the name the deck and PowerPoint use.
                var language = BinaryPrimitives.ReadUInt16BigEndian(record[4..]);
                if (language == 0x0409)
                {
                    return Encoding.BigEndianUnicode.GetString(name, offset, length);
                }

                windows ??= Encoding.BigEndianUnicode.GetString(name, offset, length);
            }

            if (platform == 1 && encoding == 0)
            {
                mac ??= Encoding.Latin1.GetString(name, offset, length);
            }
        }

        return windows ?? mac;
    }
}
