using SkiaSharp;

namespace SlideBuilder.Tests.Support;

/// <summary>
/// Compares a rendered PNG with a reviewed golden image in tests/SlideBuilder.Tests/Golden, within a
/// tolerance (anti-aliasing may differ by a shade). SLIDEBUILDER_UPDATE_GOLDEN=1 rewrites the goldens:
/// review them in the diff before committing.
/// </summary>
public static class Golden
{
    private const int ChannelTolerance = 24;
    private const double PixelShare = 0.005;

    public static string Directory => Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(SampleTalkTests.SampleNotes))!, "tests", "SlideBuilder.Tests", "Golden");

    public static void AssertMatches(byte[] png, string name)
    {
        var path = Path.Combine(Directory, name + ".png");
        if (Environment.GetEnvironmentVariable("SLIDEBUILDER_UPDATE_GOLDEN") == "1")
        {
            System.IO.Directory.CreateDirectory(Directory);
            File.WriteAllBytes(path, png);
            return;
        }

        Assert.True(File.Exists(path), $"no golden image {path}; run the tests once with SLIDEBUILDER_UPDATE_GOLDEN=1 and review it");
        using var expected = SKBitmap.Decode(path);
        using var actual = SKBitmap.Decode(png);
        Assert.Equal((expected.Width, expected.Height), (actual.Width, actual.Height));

        var differing = 0;
        for (var y = 0; y < expected.Height; y++)
        {
            for (var x = 0; x < expected.Width; x++)
            {
                var a = expected.GetPixel(x, y);
                var b = actual.GetPixel(x, y);
                if (Math.Abs(a.Red - b.Red) > ChannelTolerance || Math.Abs(a.Green - b.Green) > ChannelTolerance
                    || Math.Abs(a.Blue - b.Blue) > ChannelTolerance || Math.Abs(a.Alpha - b.Alpha) > ChannelTolerance)
                {
                    differing++;
                }
            }
        }

        var share = differing / (double)(expected.Width * expected.Height);
        if (share > PixelShare)
        {
            var actualPath = Path.Combine(Path.GetTempPath(), name + ".actual.png");
            File.WriteAllBytes(actualPath, png);
            Assert.Fail($"{name}: {share:P2} of pixels differ from the golden image (allowed {PixelShare:P1}); the new rendering is at {actualPath}");
        }
    }
}
