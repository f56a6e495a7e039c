using System.Security.Cryptography;
using System.Text.Json;

namespace SlideBuilder.Build;

/// <summary>
/// Writes one deck's outputs all or nothing: every file goes to a temporary name first
/// (<c>.NAME.slidebuilder.tmp</c>), and only when all of them are complete are they renamed into
/// place. Temporary files left by a killed run are removed by the next. A manifest in the output
/// folder (<see cref="ManifestName"/>) records which files each deck wrote, with their hashes, so
/// that stale previews are recognised by what we wrote, never by their names.
/// </summary>
public static class OutputSet
{
    public const string ManifestName = ".slidebuilder-manifest.json";

    /// <summary>Writes the files (paths relative to <paramref name="outDir"/>) and returns the full paths written.</summary>
    /// <exception cref="IOException">when a file cannot be written; then no output of the set is replaced.</exception>
    public static IReadOnlyList<string> Write(string outDir, string deck, IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var temps = new List<(string Temp, string Target)>();
        foreach (var dir in files.Select(f => Path.GetDirectoryName(Path.GetFullPath(Path.Combine(outDir, f.Path)))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(dir);
            RemoveLeftovers(dir);
        }

        try
        {
            foreach (var (relative, bytes) in files)
            {
                var target = Path.GetFullPath(Path.Combine(outDir, relative));
                var temp = AtomicFile.TempName(target);
                temps.Add((temp, target));
                using var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }
        }
        catch
        {
            foreach (var (temp, _) in temps)
            {
                TryDelete(temp);
            }

            throw;
        }

        // Every file is complete: now they replace the old ones.
        foreach (var (temp, target) in temps)
        {
            File.Move(temp, target, overwrite: true);
        }

        var manifest = ReadManifest(outDir);
        var previous = manifest.GetValueOrDefault(deck) ?? [];
        var current = files.ToDictionary(f => Normalize(f.Path), f => Hash(f.Bytes), StringComparer.Ordinal);
        RemoveStale(outDir, previous, current);
        manifest[deck] = current;
        WriteManifest(outDir, manifest);
        return files.Select(f => Path.Combine(outDir, f.Path)).ToList();
    }

    /// <summary>Files an earlier build of this deck wrote that this one did not: removed when they are still as we wrote them.</summary>
    private static void RemoveStale(string outDir, Dictionary<string, string> previous, Dictionary<string, string> current)
    {
        foreach (var (relative, hash) in previous)
        {
            if (current.ContainsKey(relative) || relative.Contains("..", StringComparison.Ordinal))
            {
                continue;
            }

            var path = Path.Combine(outDir, relative);
            try
            {
                if (File.Exists(path) && Hash(File.ReadAllBytes(path)) == hash)
                {
                    File.Delete(path);
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // A stale preview we cannot remove is harmless; the build itself succeeded.
            }
        }
    }

    /// <summary>The files an earlier build of <paramref name="deck"/> wrote into <paramref name="outDir"/>, relative to it.</summary>
    public static IReadOnlyCollection<string> WrittenBefore(string outDir, string deck) =>
        (IReadOnlyCollection<string>?)ReadManifest(outDir).GetValueOrDefault(deck)?.Keys ?? [];

    /// <summary>Temporary files of ours left by a run that was killed.</summary>
    private static void RemoveLeftovers(string dir)
    {
        foreach (var stale in Directory.EnumerateFiles(dir, "*" + AtomicFile.TempSuffix))
        {
            TryDelete(stale);
        }
    }

    private static Dictionary<string, Dictionary<string, string>> ReadManifest(string outDir)
    {
        var path = Path.Combine(outDir, ManifestName);
        try
        {
            if (File.Exists(path) && new FileInfo(path).Length < (4 << 20))
            {
                return JsonSerializer.Deserialize(File.ReadAllText(path), ManifestJson.Default.DictionaryStringDictionaryStringString)
                    ?? new(StringComparer.Ordinal);
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
        {
            // An unreadable manifest only means we recognise no earlier outputs: nothing is deleted.
        }

        return new(StringComparer.Ordinal);
    }

    private static void WriteManifest(string outDir, Dictionary<string, Dictionary<string, string>> manifest)
    {
        var sorted = manifest.OrderBy(d => d.Key, StringComparer.Ordinal)
            .ToDictionary(d => d.Key, d => d.Value.OrderBy(f => f.Key, StringComparer.Ordinal).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        AtomicFile.Write(Path.Combine(outDir, ManifestName), JsonSerializer.SerializeToUtf8Bytes(sorted, ManifestJson.Default.DictionaryStringDictionaryStringString));
    }

    private static string Normalize(string relative) => relative.Replace('\\', '/');

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next run to remove.
        }
    }
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, Dictionary<string, string>>))]
internal sealed partial class ManifestJson : System.Text.Json.Serialization.JsonSerializerContext;
