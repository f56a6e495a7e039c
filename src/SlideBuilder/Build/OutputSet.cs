using System.Security.Cryptography;
using System.Text.Json;

namespace SlideBuilder.Build;

/// <summary>
/// Writes one deck's outputs all or nothing: every file goes to a temporary name first
/// (<c>.NAME.slidebuilder.tmp</c>), and only when all of them are complete are they renamed into
/// place; a file whose bytes have not changed is left as it is. Temporary files left by a killed
/// run are removed by the next. A manifest in the output folder (<see cref="ManifestName"/>)
/// records, per deck, the hashes of every input it read and of every output it wrote, so that an
/// unchanged deck is skipped (<see cref="UpToDate"/>) and stale previews are recognised by what we
/// wrote, never by their names.
/// </summary>
public static class OutputSet
{
    public const string ManifestName = ".slidebuilder-manifest.json";

    // Decks built in parallel into one folder share its manifest: its read-modify-write is one at a time.
    private static readonly object ManifestLock = new();

    /// <summary>
    /// Writes the files (paths relative to <paramref name="outDir"/>) and returns the paths of all of them, and how many
    /// were written (the others already held those bytes).
    /// </summary>
    /// <param name="stamp">What the deck was built from, recorded for the next build to compare.</param>
    /// <exception cref="IOException">when a file cannot be written; then no output of the set is replaced.</exception>
    public static (IReadOnlyList<string> Outputs, int Rewritten) Write(string outDir, string deck, IReadOnlyList<(string Path, byte[] Bytes)> files, DeckStamp stamp)
    {
        var temps = new List<(string Temp, string Target)>();
        foreach (var dir in files.Select(f => Path.GetDirectoryName(Path.GetFullPath(Path.Combine(outDir, f.Path)))!).Distinct(StringComparer.Ordinal))
        {
            Directory.CreateDirectory(dir);
            RemoveLeftovers(dir);
        }

        // This deck's own leftovers go now; another deck's temporary files may be in the making beside them.
        foreach (var (relative, _) in files)
        {
            TryDelete(AtomicFile.TempName(Path.GetFullPath(Path.Combine(outDir, relative))));
        }

        try
        {
            foreach (var (relative, bytes) in files)
            {
                var target = Path.GetFullPath(Path.Combine(outDir, relative));
                if (SameBytes(target, bytes))
                {
                    continue; // unchanged: not rewritten, its time stamp kept
                }

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

        lock (ManifestLock)
        {
            var manifest = ReadManifest(outDir);
            var previous = manifest.GetValueOrDefault(deck)?.Outputs ?? [];
            var current = new SortedDictionary<string, string>(files.ToDictionary(f => Normalize(f.Path), f => Hash(f.Bytes)), StringComparer.Ordinal);
            RemoveStale(outDir, previous, current);
            manifest[deck] = new DeckRecord(stamp.Key, stamp.Inputs, current, stamp.Slides, stamp.NotesPages, stamp.Minutes, stamp.Warnings);
            WriteManifest(outDir, manifest);
        }

        return (files.Select(f => Path.Combine(outDir, f.Path)).ToList(), temps.Count);
    }

    /// <summary>
    /// The record of the deck's last build when nothing it was built from has changed since: the same key
    /// (tool, notes path, options), every input file with its recorded hash, every output still as written,
    /// and no diagnostic then (a missing picture or data file may since have been added; an error must show
    /// again). Null means: build it.
    /// </summary>
    public static DeckRecord? UpToDate(string outDir, string deck, string key)
    {
        DeckRecord? record;
        lock (ManifestLock)
        {
            record = ReadManifest(outDir).GetValueOrDefault(deck);
        }

        if (record is null || record.Key != key || record.Warnings > 0 || record.Inputs.Count == 0 || record.Outputs.Keys.Any(Path.IsPathRooted))
        {
            return null;
        }

        static bool Unchanged(string path, string hash)
        {
            try
            {
                return Inputs.FileFacts.KindOf(path) == Inputs.FileKind.Regular && HashFile(path) == hash; // a FIFO is never opened
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                return false;
            }
        }

        return record.Inputs.All(i => Unchanged(i.Key, i.Value)) && record.Outputs.All(o => !o.Key.Contains("..", StringComparison.Ordinal) && Unchanged(Path.Combine(outDir, o.Key), o.Value))
            ? record : null;
    }

    /// <summary>The hash of a file's bytes, as the manifest records it.</summary>
    public static string HashFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Files an earlier build of this deck wrote that this one did not: removed when they are still as we wrote them.</summary>
    private static void RemoveStale(string outDir, IDictionary<string, string> previous, IDictionary<string, string> current)
    {
        foreach (var (relative, hash) in previous)
        {
            // Only paths inside the output folder, as we write them: a hand-edited manifest never names a file elsewhere.
            if (current.ContainsKey(relative) || relative.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
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

    private static bool SameBytes(string path, byte[] bytes)
    {
        try
        {
            return File.Exists(path) && new FileInfo(path).Length == bytes.Length && HashFile(path) == Hash(bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Temporary files of ours left by a run that was killed.</summary>
    private static void RemoveLeftovers(string dir)
    {
        // Only old ones: decks built in parallel into this folder write theirs now.
        foreach (var stale in Directory.EnumerateFiles(dir, "*" + AtomicFile.TempSuffix))
        {
            if (File.GetLastWriteTimeUtc(stale) < DateTime.UtcNow - LeftoverAge)
            {
                TryDelete(stale);
            }
        }
    }

    /// <summary>A temporary file of ours this old belongs to no build still running.</summary>
    private static readonly TimeSpan LeftoverAge = TimeSpan.FromMinutes(10);

    private static SortedDictionary<string, DeckRecord> ReadManifest(string outDir)
    {
        var path = Path.Combine(outDir, ManifestName);
        try
        {
            if (File.Exists(path) && new FileInfo(path).Length < (4 << 20))
            {
                var read = JsonSerializer.Deserialize(File.ReadAllText(path), ManifestJson.Default.Manifest);
                if (read?.Version == Manifest.CurrentVersion && read.Decks is not null)
                {
                    // A record a hand edit left without its parts is as if absent: the deck is built.
                    return new(read.Decks.Where(d => d.Value is { Key: not null, Inputs: not null, Outputs: not null })
                        .ToDictionary(d => d.Key, d => d.Value with
                        {
                            Inputs = new(d.Value.Inputs, StringComparer.Ordinal),
                            Outputs = new(d.Value.Outputs, StringComparer.Ordinal),
                        }), StringComparer.Ordinal);
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            // An unreadable manifest (or one of an older form) only means we recognise no earlier outputs:
            // nothing is deleted, and every deck is built.
        }

        return new(StringComparer.Ordinal);
    }

    private static void WriteManifest(string outDir, SortedDictionary<string, DeckRecord> decks) =>
        AtomicFile.Write(Path.Combine(outDir, ManifestName), JsonSerializer.SerializeToUtf8Bytes(new Manifest(Manifest.CurrentVersion, decks), ManifestJson.Default.Manifest));

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

/// <summary>What a deck was built from and what it gave, for the manifest.</summary>
/// <param name="Warnings">How many diagnostics (warnings or errors) the build gave: a deck with any is never skipped.</param>
/// <param name="Key">The tool build, the notes path and the options, hashed.</param>
/// <param name="Inputs">Every file the deck read (the notes, pictures, data, template files), by real path, with its hash.</param>
public sealed record DeckStamp(string Key, SortedDictionary<string, string> Inputs, int Slides, int NotesPages, double Minutes, int Warnings);

/// <summary>One deck in the manifest: its stamp and the hash of every output, by path relative to the output folder.</summary>
public sealed record DeckRecord(string Key, SortedDictionary<string, string> Inputs, SortedDictionary<string, string> Outputs, int Slides, int NotesPages, double Minutes, int Warnings);

internal sealed record Manifest(int Version, SortedDictionary<string, DeckRecord>? Decks)
{
    public const int CurrentVersion = 2;
}

[System.Text.Json.Serialization.JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(Manifest))]
internal sealed partial class ManifestJson : System.Text.Json.Serialization.JsonSerializerContext;
