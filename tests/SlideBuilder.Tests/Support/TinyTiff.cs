using System.Buffers.Binary;

namespace SlideBuilder.Tests.Support;

/// <summary>
/// Small baseline TIFF files written by hand (TIFF 6.0: an image file header, one IFD, PackBits strips),
/// so the reader is tested against files it did not write itself.
/// </summary>
public static class TinyTiff
{
    /// <summary>RGB, 8 bits a sample, the left half red and the right half blue, with the given orientation tag.</summary>
    public static byte[] RedLeftBlueRight(int width, int height, bool bigEndian, int orientation)
    {
        var row = new byte[width * 3];
        for (var x = 0; x < width; x++)
        {
            row[x * 3] = x < width / 2 ? (byte)255 : (byte)0;
            row[x * 3 + 2] = x < width / 2 ? (byte)0 : (byte)255;
        }

        // PackBits: each row as literal runs of at most 128 bytes (a count byte n - 1, then n bytes).
        var strip = new List<byte>();
        for (var y = 0; y < height; y++)
        {
            for (var at = 0; at < row.Length; at += 128)
            {
                var n = Math.Min(128, row.Length - at);
                strip.Add((byte)(n - 1));
                strip.AddRange(row.AsSpan(at, n).ToArray());
            }
        }

        return File(bigEndian, width, height, [.. strip], compression: 32773, orientation);
    }

    /// <summary>A header that claims a size, with no pixel data behind it.</summary>
    public static byte[] HeaderOnly(int width, int height) => File(bigEndian: false, width, height, [], compression: 1, orientation: 1);

    private static byte[] File(bool bigEndian, int width, int height, byte[] strip, int compression, int orientation)
    {
        // Layout: header (8), bits-per-sample values (6), the strip, then the IFD.
        var entries = new List<(ushort Tag, ushort Type, uint Count, uint Value)>
        {
            (256, 4, 1, (uint)width), (257, 4, 1, (uint)height), (258, 3, 3, 8), (259, 3, 1, (uint)compression),
            (262, 3, 1, 2), (273, 4, 1, 14), (274, 3, 1, (uint)orientation), (277, 3, 1, 3), (278, 4, 1, (uint)height),
            (279, 4, 1, (uint)strip.Length), (284, 3, 1, 1),
        };
        var ifd = 14 + strip.Length + (strip.Length % 2);
        var bytes = new byte[ifd + 2 + entries.Count * 12 + 4];
        void U16(int at, int v)
        {
            if (bigEndian) BinaryPrimitives.WriteUInt16BigEndian(bytes.AsSpan(at), (ushort)v);
            else BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), (ushort)v);
        }

        void U32(int at, uint v)
        {
            if (bigEndian) BinaryPrimitives.WriteUInt32BigEndian(bytes.AsSpan(at), v);
            else BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), v);
        }

        bytes[0] = bytes[1] = bigEndian ? (byte)'M' : (byte)'I';
        U16(2, 42);
        U32(4, (uint)ifd);
        U16(8, 8);
        U16(10, 8);
        U16(12, 8);
        strip.CopyTo(bytes, 14);
        U16(ifd, entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var (tag, type, count, value) = entries[i];
            var at = ifd + 2 + i * 12;
            U16(at, tag);
            U16(at + 2, type);
            U32(at + 4, count);
            if (tag == 258)
            {
                U32(at + 8, 8); // three shorts do not fit: the offset of the values
            }
            else if (type == 3)
            {
                U16(at + 8, (int)value);
            }
            else
            {
                U32(at + 8, value);
            }
        }

        return bytes;
    }
}
