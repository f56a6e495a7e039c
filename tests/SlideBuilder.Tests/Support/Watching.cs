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

    /// <summary>
    /// The next round that built something (a round that found everything up to date, after a stray event, is passed
    /// over: how a file system delivers a save is not the test's concern), or a failed test after <paramref name="seconds"/>.
    /// </summary>
    public WatchRound Next(double seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (_running.IsFaulted)
            {
                throw _running.Exception!;
            }

            if (_rounds.TryTake(out var round, TimeSpan.FromMilliseconds(200)) && (round.Number == 1 || round.Built.Count > 0))
            {
                return round;
            }
        }

        Assert.Fail(_running.IsFaulted ? $"the watch failed: {_running.Exception}" : $"no rebuild within {seconds} s");
        return null!;
    }

    /// <summary>True when no round builds anything within <paramref name="seconds"/>.</summary>
    public bool Quiet(double seconds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (_rounds.TryTake(out var round, TimeSpan.FromMilliseconds(100)) && round.Built.Count > 0)
            {
                return false;
            }
        }

        return true;
    }

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
