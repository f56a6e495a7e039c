using System.Collections.Concurrent;
using SlideBuilder.Build;
using SlideBuilder.Preview;
using SlideBuilder.Watch;

namespace SlideBuilder.Tests.Support;

/// <summary>A watch session running in the background for a test: its rounds as they finish, stopped on dispose.</summary>
public sealed class Watching : IDisposable
{
    private readonly BlockingCollection<WatchRound> _rounds = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly WatchSession _session;
    private readonly Task _running;

    public Watching(IReadOnlyList<string> inputs, BuildOptions options, PreviewBoard? board = null, CommandSettings? given = null)
    {
        _session = new WatchSession(inputs, given ?? new CommandSettings(Out: options.OutputDirectory), options, board);
        _session.Rebuilt += _rounds.Add;
        _running = Task.Run(() => _session.RunAsync(_stop.Token));
    }

    /// <summary>The next round, or a failed test after <paramref name="seconds"/>.</summary>
    public WatchRound Next(double seconds = 30)
    {
        if (_running.IsFaulted)
        {
            throw _running.Exception!;
        }

        Assert.True(_rounds.TryTake(out var round, TimeSpan.FromSeconds(seconds)), $"no rebuild within {seconds} s");
        return round!;
    }

    /// <summary>True when no round finishes within <paramref name="seconds"/>.</summary>
    public bool Quiet(double seconds) => !_rounds.TryTake(out _, TimeSpan.FromSeconds(seconds));

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _running.Wait(TimeSpan.FromSeconds(30));
        }
        catch (AggregateException)
        {
            // reported by Next
        }

        _session.Dispose();
        _stop.Dispose();
    }
}
