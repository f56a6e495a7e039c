using SlideBuilder.Diagnostics;

namespace SlideBuilder.Preview;

/// <summary>One slide as the preview shows it: its picture (by content hash) and the speaker's notes beside it.</summary>
public sealed record PreviewSlide(int Number, string? Title, string Picture, IReadOnlyList<string> Notes);

/// <summary>
/// One deck as the preview shows it. <see cref="Stale"/>: the notes no longer build (see the diagnostics), so these
/// are the slides of the last build that did.
/// </summary>
public sealed record PreviewDeck(string Source, int PixelWidth, int PixelHeight, IReadOnlyList<PreviewSlide> Slides, IReadOnlyList<Diagnostic> Diagnostics, bool Stale = false)
{
    public double Minutes { get; init; }
}

/// <summary>What the preview shows now: every deck, the pictures they name, and a version that grows with each rebuild.</summary>
public sealed record PreviewState(long Version, IReadOnlyList<PreviewDeck> Decks, IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// The preview's current state, published by the watch after each rebuild and read by the server; a
/// reader can wait for the next version. Pictures are kept by hash while a published deck names them.
/// </summary>
public sealed class PreviewBoard
{
    private readonly object _gate = new();
    private Dictionary<string, byte[]> _pictures = new(StringComparer.Ordinal);
    private PreviewState _state = new(0, [], []);
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public PreviewState State
    {
        get
        {
            lock (_gate)
            {
                return _state;
            }
        }
    }

    /// <summary>Replaces what the preview shows and wakes every reader waiting for it.</summary>
    public void Publish(IReadOnlyList<PreviewDeck> decks, IReadOnlyDictionary<string, byte[]> pictures, IReadOnlyList<Diagnostic> diagnostics)
    {
        TaskCompletionSource woken;
        lock (_gate)
        {
            var named = decks.SelectMany(d => d.Slides).Select(s => s.Picture).ToHashSet(StringComparer.Ordinal);
            var kept = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var hash in named)
            {
                if (pictures.TryGetValue(hash, out var png) || _pictures.TryGetValue(hash, out png))
                {
                    kept[hash] = png;
                }
            }

            _pictures = kept;
            _state = new PreviewState(_state.Version + 1, decks, diagnostics);
            woken = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        woken.SetResult();
    }

    /// <summary>The picture of that hash, if a deck shown names it.</summary>
    public byte[]? Picture(string hash)
    {
        lock (_gate)
        {
            return _pictures.GetValueOrDefault(hash);
        }
    }

    /// <summary>Completes when a version after <paramref name="version"/> is published (at once if it already is).</summary>
    public Task WaitAfterAsync(long version, CancellationToken cancellation)
    {
        lock (_gate)
        {
            return _state.Version > version ? Task.CompletedTask : _next.Task.WaitAsync(cancellation);
        }
    }
}
