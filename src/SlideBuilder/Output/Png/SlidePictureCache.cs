using System.IO.Hashing;
using SkiaSharp;

namespace SlideBuilder.Output.Png;

/// <summary>
/// Encoded slides by the hash of their pixels, so a rebuild encodes only the slides an edit changed: drawing a
/// slide takes about 2 ms, encoding it 35. Entries not asked for in the last two rounds are dropped.
/// </summary>
public sealed class SlidePictureCache
{
    private readonly Dictionary<UInt128, (byte[] Png, int Round)> _entries = [];
    private int _round;

    /// <summary>How many slides the last rounds encoded, and how many they found here.</summary>
    public int Encoded { get; private set; }

    public int Reused { get; private set; }

    /// <summary>Starts a round: what the round before last did not ask for is dropped.</summary>
    public void NextRound()
    {
        lock (_entries)
        {
            _round++;
            foreach (var key in _entries.Where(e => e.Value.Round < _round - 1).Select(e => e.Key).ToList())
            {
                _entries.Remove(key);
            }
        }
    }

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
                _entries[key] = (found.Png, _round);
                Reused++;
                return found.Png;
            }
        }

        var png = encode(pixels);
        lock (_entries)
        {
            _entries[key] = (png, _round);
            Encoded++;
        }

        return png;
    }
}
