namespace SlideBuilder.Build;

/// <summary>
/// Writes a file so that readers only ever see the old file or the whole new one: the bytes go to
/// a temporary file beside it, then a rename replaces the target.
/// </summary>
public static class AtomicFile
{
    /// <summary>Ends the names of our temporary files; a run removes those a killed run left.</summary>
    public const string TempSuffix = ".slidebuilder.tmp";

    /// <summary>The temporary name beside <paramref name="fullPath"/>: fixed, so leftovers never pile up.</summary>
    public static string TempName(string fullPath) =>
        Path.Combine(Path.GetDirectoryName(fullPath)!, "." + Path.GetFileName(fullPath) + TempSuffix);

    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        var full = Path.GetFullPath(path);
        var dir = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(dir);
        var temp = TempName(full);
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }
}
