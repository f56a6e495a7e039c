using System.Threading.Channels;

namespace SlideBuilder.Watch;

/// <summary>
/// File changes under a set of folders, delivered in batches: a batch closes once the folders have been
/// quiet for <see cref="Quiet"/> (an editor's save is often a truncation, a write, a rename and a delete;
/// a loaded machine delivers them late), or after a second of steady change. A watcher that overflows reports <see cref="Everything"/>.
/// </summary>
internal sealed class ChangeFeed : IDisposable
{
    /// <summary>Stands for "anything may have changed" (the system dropped events).</summary>
    public const string Everything = "*";

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<(string Folder, bool Recursive), (FileSystemWatcher Watcher, FileSystemWatcher? Itself)> _watchers = [];
    private readonly HashSet<string> _replaced = new(StringComparer.Ordinal);
    private readonly HashSet<string> _reported = new(StringComparer.Ordinal);

    public TimeSpan Quiet { get; set; } = TimeSpan.FromMilliseconds(60);

    /// <summary>
    /// Watches exactly these folders from now on. A folder that is missing is waited for in the nearest folder above it
    /// that exists; one deleted and made again (a checkout, a copy) gets a new watcher. Returns what cannot be watched,
    /// each said once (the system's limit on watches, a folder without permission); those are tried again next time.
    /// </summary>
    public IReadOnlyList<string> WatchOnly(IReadOnlyCollection<(string Folder, bool Recursive)> folders)
    {
        var wanted = new HashSet<(string, bool)>();
        foreach (var (folder, recursive) in folders)
        {
            var existing = folder;
            while (!Directory.Exists(existing) && Path.GetDirectoryName(existing) is { } up && up != existing)
            {
                existing = up;
            }

            wanted.Add(existing == folder ? (folder, recursive) : (existing, false));
        }

        foreach (var key in _watchers.Keys.ToList())
        {
            bool replaced;
            lock (_replaced)
            {
                replaced = _replaced.Remove(key.Folder);
            }

            if (!wanted.Contains(key) || !Directory.Exists(key.Folder) || replaced)
            {
                var (watcher, itself) = _watchers[key];
                watcher.Dispose();
                itself?.Dispose();
                _watchers.Remove(key);
            }
        }

        var problems = new List<string>();
        foreach (var key in wanted.Where(f => !_watchers.ContainsKey(f) && Directory.Exists(f.Item1)))
        {
            try
            {
                _watchers[key] = (Watch(key.Item1, key.Item2), WatchItself(key.Item1));
                _reported.Remove(key.Item1);
            }
            catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException or PlatformNotSupportedException)
            {
                if (_reported.Add(key.Item1))
                {
                    problems.Add($"cannot watch {key.Item1} ({ex.Message}); changes there are not seen until it can be");
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// The folder itself, from the folder above it: a watcher is blind to its own folder being deleted, moved or made
    /// again (a checkout, "rm -r notes; cp -r backup notes"), so that is noticed here and the watcher made anew.
    /// </summary>
    private FileSystemWatcher? WatchItself(string folder)
    {
        if (Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(folder)) is not { Length: > 0 } parent || !Directory.Exists(parent))
        {
            return null;
        }

        var watcher = new FileSystemWatcher(parent, Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)))
        {
            IncludeSubdirectories = false,
            NotifyFilter = NotifyFilters.DirectoryName,
        };
        void Replaced(string path)
        {
            lock (_replaced)
            {
                _replaced.Add(folder);
            }

            _changes.Writer.TryWrite(path);
        }

        watcher.Created += (_, e) => Replaced(e.FullPath);
        watcher.Deleted += (_, e) => Replaced(e.FullPath);
        watcher.Renamed += (_, e) => Replaced(e.FullPath);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    private FileSystemWatcher Watch(string folder, bool recursive)
    {
        var watcher = new FileSystemWatcher(folder)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.Created += (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.Deleted += (_, e) => _changes.Writer.TryWrite(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            _changes.Writer.TryWrite(e.OldFullPath);
            _changes.Writer.TryWrite(e.FullPath);
        };
        watcher.Error += (_, _) => _changes.Writer.TryWrite(Everything);
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>The next batch of changed paths (full paths, or <see cref="Everything"/>).</summary>
    public async Task<IReadOnlySet<string>> NextAsync(CancellationToken cancellation)
    {
        var reader = _changes.Reader;
        var batch = new HashSet<string>(StringComparer.Ordinal) { await reader.ReadAsync(cancellation).ConfigureAwait(false) };
        var started = Environment.TickCount64;
        while (Environment.TickCount64 - started < 1000)
        {
            while (reader.TryRead(out var more))
            {
                batch.Add(more);
            }

            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            quiet.CancelAfter(Quiet);
            try
            {
                if (!await reader.WaitToReadAsync(quiet.Token).ConfigureAwait(false))
                {
                    break;
                }
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                break; // quiet for long enough
            }
        }

        while (reader.TryRead(out var last))
        {
            batch.Add(last);
        }

        return batch;
    }

    public void Dispose()
    {
        foreach (var (watcher, itself) in _watchers.Values)
        {
            watcher.Dispose();
            itself?.Dispose();
        }

        _watchers.Clear();
        _changes.Writer.TryComplete();
    }
}
