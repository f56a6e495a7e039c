using SkiaSharp;

namespace SlideBuilder.Tests.Support;

public static class Fixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>Copies a fixture into the workspace with a real PNG beside it (for picture tests).</summary>
    public static string EveryConstruct(Workspace ws)
    {
        WriteSquarePng(System.IO.Path.Combine(ws.Root, "square.png"), 400, 300);
        return ws.Write("every-construct.md", File.ReadAllText(Path("every-construct.md")));
    }

    public static void WriteSquarePng(string path, int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            using var paint = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(width / 4f, height / 4f, width / 2f, height / 2f, paint);
        }

        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
