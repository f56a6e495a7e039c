using System.Threading.Channels;

namespace SlideBuilder.Watch;

/// <summary>
/// File changes under a set of folders, delivered in batches: a batch closes once the folders have been
/// quiet for <see cref="Quiet"/> (an editor's save is often a write, a rename and a delete), or after a
/// second of steady change. A watcher that overflows reports <see cref="Everything"/>.
/// </summary>
internal sealed class ChangeFeed : IDisposable
{
    /// <summary>Stands for "anything may have changed" (the system dropped events).</summary>
    public const string Everything = "*";

    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Dictionary<(string Folder, bool Recursive), FileSystemWatcher> _watchers = [];

    public TimeSpan Quiet { get; set; } = TimeSpan.FromMilliseconds(30);

    /// <summary>Watches exactly these folders from now on (those already watched stay as they are); missing folders are skipped.</summary>
    public void WatchOnly(IReadOnlyCollection<(string Folder, bool Recursive)> folders)
    {
        foreach (var gone in _watchers.Keys.Except(folders).ToList())
        {
            _watchers[gone].Dispose();
            _watchers.Remove(gone);
        }

        foreach (var folder in folders.Where(f => !_watchers.ContainsKey(f) && Directory.Exists(f.Folder)))
        {
            var watcher = new FileSystemWatcher(folder.Folder)
            {
                IncludeSubdirectories = folder.Recursive,
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
            _watchers[folder] = watcher;
        }
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
        foreach (var watcher in _watchers.Values)
        {
            watcher.Dispose();
        }

        _watchers.Clear();
        _changes.Writer.TryComplete();
    }
}
