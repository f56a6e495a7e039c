using System.Buffers.Binary;

namespace SlideBuilder.Tests.Support;

/// <summary>GIF and BMP files written by hand (Skia can read these formats but not write them).</summary>
public static class HandMadeImages
{
    /// <summary>A GIF89a of solid frames, one colour each (RGB), every pixel a literal LZW code.</summary>
    public static byte[] AnimatedGif(int width, int height, params (byte R, byte G, byte B)[] frames)
    {
        var bytes = new List<byte>();
        bytes.AddRange("GIF89a"u8.ToArray());
        Short(bytes, width);
        Short(bytes, height);
        bytes.AddRange([0xF1, 0, 0]); // global colour table of 4 entries, 8 bits a primary
        for (var i = 0; i < 4; i++)
        {
            var (r, g, b) = i < frames.Length ? frames[i] : ((byte)0, (byte)0, (byte)0);
            bytes.AddRange([r, g, b]);
        }

        bytes.AddRange([0x21, 0xFF, 11, .. "NETSCAPE2.0"u8.ToArray(), 3, 1, 0, 0, 0]); // loop forever
        for (var f = 0; f < frames.Length; f++)
        {
            bytes.AddRange([0x21, 0xF9, 4, 0, 50, 0, 0, 0]); // half a second a frame
            bytes.Add(0x2C);
            Short(bytes, 0);
            Short(bytes, 0);
            Short(bytes, width);
            Short(bytes, height);
            bytes.Add(0);
            bytes.Add(2); // LZW minimum code size: codes start 3 bits wide (clear 4, end 5)
            var data = Lzw(width * height, f);
            for (var at = 0; at < data.Count; at += 255)
            {
                var n = Math.Min(255, data.Count - at);
                bytes.Add((byte)n);
                bytes.AddRange(data.GetRange(at, n));
            }

            bytes.Add(0);
        }

        bytes.Add(0x3B);
        return [.. bytes];
    }

    /// <summary>A 24-bit bottom-up BMP of one colour.</summary>
    public static byte[] Bmp(int width, int height, (byte R, byte G, byte B) colour)
    {
        var stride = (width * 3 + 3) / 4 * 4;
        var bytes = new byte[54 + stride * height];
        bytes[0] = (byte)'B';
        bytes[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(2), bytes.Length);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(10), 54);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(22), height);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(bytes.AsSpan(28), 24);
        BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(34), stride * height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var at = 54 + y * stride + x * 3;
                (bytes[at], bytes[at + 1], bytes[at + 2]) = (colour.B, colour.G, colour.R);
            }
        }

        return bytes;
    }

    /// <summary>Every pixel the colour index given, as literal 3-bit codes with a clear code before each pair, so the table never widens them.</summary>
    private static List<byte> Lzw(int pixels, int index)
    {
        var codes = new List<int>();
        for (var i = 0; i < pixels; i++)
        {
            if (i % 2 == 0)
            {
                codes.Add(4);
            }

            codes.Add(index);
        }

        codes.Add(5);
        var data = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var code in codes)
        {
            buffer |= code << bits;
            bits += 3;
            while (bits >= 8)
            {
                data.Add((byte)buffer);
                buffer >>= 8;
                bits -= 8;
            }
        }

        if (bits > 0)
        {
            data.Add((byte)buffer);
        }

        return data;
    }

    private static void Short(List<byte> bytes, int value)
    {
        bytes.Add((byte)value);
        bytes.Add((byte)(value >> 8));
    }
}
