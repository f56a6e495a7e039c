namespace SlideBuilder.Inputs;

/// <summary>
/// Where a build may read from. Pictures, CSV data and template files are read only from inside the
/// notes file's folder tree and the template's own folder, after symbolic links are resolved, so a
/// talk from a stranger cannot publish <c>/etc/passwd</c> or a file by <c>../</c> in its deck.
/// <see cref="AllowOutside"/> (the command line's <c>--allow-outside</c>, never front matter) lifts it.
/// </summary>
public sealed record InputPolicy(IReadOnlyList<string> Roots, bool AllowOutside)
{
    private readonly List<string> _read = [];
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);

    /// <summary>The real paths of every file read under this policy (and the policies made from it).</summary>
    public IReadOnlyList<string> FilesRead => _read;

    /// <summary>
    /// The hash of the very bytes read from each file, by real path: what the deck was built from, even when the
    /// file is saved again while the build runs (the incremental manifest records these).
    /// </summary>
    public IReadOnlyDictionary<string, string> HashesRead
    {
        get
        {
            lock (_read)
            {
                return new Dictionary<string, string>(_hashes, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The policy for one notes file: its own folder tree.</summary>
    public static InputPolicy For(string notesPath, bool allowOutside)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(notesPath)) ?? ".";
        return new([FileFacts.RealPath(folder) ?? folder], allowOutside);
    }

    /// <summary>The same policy with other roots; files read under it are still logged here.</summary>
    public InputPolicy WithRoots(params string[] folders) =>
        this with { Roots = [.. folders.Select(FileFacts.Resolved)] };

    /// <summary>
    /// Reads a whole file that the build depends on, or says in words why it may not or cannot be read
    /// (never quoting its contents).
    /// </summary>
    public ReadResult Read(string path, long maxBytes)
    {
        var real = FileFacts.RealPath(path);
        if (real is null)
        {
            return ReadResult.Fail(ReadFailure.Missing, "not found");
        }

        if (!AllowOutside && !Roots.Any(root => FileFacts.IsInside(real, root)))
        {
            return ReadResult.Fail(ReadFailure.Outside, "it is outside the notes folder (pass --allow-outside to read it)");
        }

        switch (FileFacts.KindOf(real))
        {
            case FileKind.Missing:
                return ReadResult.Fail(ReadFailure.Missing, "not found");
            case FileKind.Directory:
                return ReadResult.Fail(ReadFailure.NotAFile, "it is a folder, not a file");
            case FileKind.Other:
                return ReadResult.Fail(ReadFailure.NotAFile, "it is not a regular file (a pipe or a device)");
        }

        try
        {
            using var stream = new FileStream(real, FileMode.Open, FileAccess.Read, FileShare.Read);
            if (stream.Length > maxBytes)
            {
                return ReadResult.Fail(ReadFailure.TooLarge, $"it is {Megabytes(stream.Length)}, over the limit of {Megabytes(maxBytes)}");
            }

            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            var hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            lock (_read)
            {
                _read.Add(real);
                _hashes[real] = hash;
            }

            return new ReadResult(bytes, real, ReadFailure.None, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Fail(ReadFailure.Unreadable, ex.Message);
        }
    }

    private static string Megabytes(long bytes) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / 1048576.0:0.#} MB");
}

public enum ReadFailure { None, Missing, Outside, NotAFile, TooLarge, Unreadable }

/// <summary>The bytes of a file read under an <see cref="InputPolicy"/>, or why there are none.</summary>
public sealed record ReadResult(byte[]? Bytes, string? RealPath, ReadFailure Failure, string? Reason)
{
    public static ReadResult Fail(ReadFailure failure, string reason) => new(null, null, failure, reason);
}
