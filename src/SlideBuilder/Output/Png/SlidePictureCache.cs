using System.IO.Hashing;
using SkiaSharp;

namespace SlideBuilder.Output.Png;

/// <summary>
/// Encoded slides by the hash of their pixels, so a rebuild encodes only the slides an edit changed: drawing a
/// slide takes about 2 ms, encoding it 35. Kept within a budget of bytes, the least recently used dropped first,
/// so several decks edited in turn each keep their slides.
/// </summary>
public sealed class SlidePictureCache(long budgetBytes = 256L * 1024 * 1024)
{
    private readonly Dictionary<UInt128, (byte[] Png, long Used)> _entries = [];
    private long _clock;
    private long _bytes;

    /// <summary>How many slides were encoded, and how many were found here instead.</summary>
    public int Encoded { get; private set; }

    public int Reused { get; private set; }

    /// <summary>
    /// The hash of a picture's pixels and size: XXH128, as fast as memory reads (about 1 ms a slide, where SHA-256 took
    /// 3); not a defence against a forged collision, which nothing here needs (the notes are the user's own).
    /// </summary>
    public static UInt128 HashOf(SKPixmap pixels)
    {
        var hash = new XxHash128();
        hash.Append(BitConverter.GetBytes(pixels.Width));
        hash.Append(BitConverter.GetBytes(pixels.Height));
        hash.Append(pixels.GetPixelSpan());
        return hash.GetCurrentHashAsUInt128();
    }

    internal byte[] Get(SKPixmap pixels, Func<SKPixmap, byte[]> encode)
    {
        var key = HashOf(pixels);
        lock (_entries)
        {
            if (_entries.TryGetValue(key, out var found))
            {
                _entries[key] = (found.Png, ++_clock);
                Reused++;
                return found.Png;
            }
        }

        var png = encode(pixels);
        lock (_entries)
        {
            if (_entries.TryAdd(key, (png, ++_clock)))
            {
                _bytes += png.Length;
                Encoded++;
            }

            while (_bytes > budgetBytes && _entries.Count > 1)
            {
                var oldest = _entries.MinBy(e => e.Value.Used);
                _entries.Remove(oldest.Key);
                _bytes -= oldest.Value.Png.Length;
            }
        }

        return png;
    }
}
