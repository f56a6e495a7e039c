using System.Diagnostics;
using SlideBuilder.Build;
using SlideBuilder.Diagnostics;
using SlideBuilder.Output.Png;
using SlideBuilder.Preview;

namespace SlideBuilder.Watch;

/// <summary>
/// One pass of the watch: the decks built (those up to date are left out), the diagnostics of reading the
/// command line's names, and the time to the preview and to the last file written.
/// </summary>
public sealed record WatchRound(int Number, IReadOnlyList<DeckResult> Built, IReadOnlyList<Diagnostic> Diagnostics, TimeSpan ToPreview, TimeSpan Elapsed)
{
    /// <summary>Every deck of the round, up-to-date ones included, in the order named.</summary>
    public IReadOnlyList<DeckResult> All { get; init; } = Built;

    /// <summary>What the watch itself has to say: a folder it cannot watch (each said once).</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];
}

/// <summary>
/// <c>slidebuilder watch</c>: builds the decks named, then rebuilds whenever a file they are built from
/// changes (their notes, pictures, data, template files, a folder's slidebuilder.yml) or a notes file
/// appears in a folder named. Each rebuild goes through the output folder's manifest, so only decks whose
/// inputs changed are built and only outputs whose bytes changed are written, each atomically. With a
/// <see cref="PreviewBoard"/>, the decks an edit touched are drawn for the preview first, so the page
/// updates before the PPTX and PDFs are written.
/// </summary>
public sealed class WatchSession : IDisposable
{
    private static readonly string[] NotesExtensions = [".md", ".markdown", ".txt"];

    private readonly IReadOnlyList<string> _inputs;
    private readonly CommandSettings _given;
    private readonly BuildOptions _common;
    private readonly PreviewBoard? _board;
    private readonly ChangeFeed _feed = new();
    private readonly SlidePictureCache _pictures = new();
    private Dictionary<string, PreviewBuild> _previews = new(StringComparer.Ordinal);
    private Dictionary<string, HashSet<string>> _readBy = new(StringComparer.Ordinal);
    private List<string> _outputFolders = [];
    private HashSet<string> _unsettled = new(StringComparer.Ordinal);
    private List<(string Folder, bool Recursive)> _inputFolders = [];
    private readonly List<string> _notices = [];
    private int _round;

    public WatchSession(IReadOnlyList<string> inputs, CommandSettings given, BuildOptions common, PreviewBoard? board = null)
    {
        _inputs = inputs;
        _given = given;
        _common = common;
        _board = board;
    }

    /// <summary>Raised after every rebuild, on the watch's own thread.</summary>
    public event Action<WatchRound>? Rebuilt;

    /// <summary>How long the folders must be quiet before a rebuild starts.</summary>
    public TimeSpan Quiet { get => _feed.Quiet; init => _feed.Quiet = value; }

    /// <summary>Builds once, then again after every relevant change, until cancelled.</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        // Watching starts before the first build, so a save during it is seen (and rebuilt) after it.
        _inputFolders = InputFolders();
        _notices.AddRange(_feed.WatchOnly(Folders([])));
        await Task.Run(() => Round(null), CancellationToken.None).ConfigureAwait(false);
        while (!cancellation.IsCancellationRequested)
        {
            IReadOnlySet<string> changed;
            try
            {
                changed = await _feed.NextAsync(cancellation).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            var relevant = changed.Select(Normal).Where(Relevant).ToHashSet(StringComparer.Ordinal);
            if (relevant.Count > 0)
            {
                await Task.Run(() => Round(relevant), CancellationToken.None).ConfigureAwait(false);
            }
        }
    }

    /// <summary>One rebuild: <paramref name="changed"/> null means everything (the first).</summary>
    private void Round(IReadOnlySet<string>? changed)
    {
        var clock = Stopwatch.StartNew();
        var number = ++_round;
        var diagnostics = new DiagnosticBag();
        var common = number == 1 ? _common : _common with { Force = false };
        var jobs = DeckJobs.Resolve(_inputs, _given, common, diagnostics);
        _inputFolders = InputFolders(); // (a folder named may have appeared or gone since the last round)
        var toPreview = TimeSpan.Zero;
        if (_board is not null)
        {
            var builds = new PreviewBuild[jobs.Count];
            Parallel.For(0, jobs.Count, k =>
            {
                var job = jobs[k];
                var earlier = _previews.GetValueOrDefault(Normal(job.Input.Path));
                builds[k] = earlier is not null && !Touched(job, changed) ? earlier : PreviewCompiler.Compile(job, _pictures, earlier?.Deck);
            });
            _previews = jobs.Select((j, k) => (Normal(j.Input.Path), builds[k])).DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
            var pictures = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var (hash, png) in builds.SelectMany(b => b.Pictures))
            {
                pictures[hash] = png;
            }

            _board.Publish([.. builds.Select(b => b.Deck)], pictures, diagnostics.Items);
            toPreview = clock.Elapsed;
        }

        var results = new DeckResult[jobs.Count];
        Parallel.For(0, jobs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Environment.ProcessorCount) }, k => results[k] = jobs[k].Run());
        if (_board is not null)
        {
            Republish(jobs, results, diagnostics.Items);
        }

        // What to watch next: every file a deck read, the folders named, and their output folders to ignore.
        var readBy = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var k = 0; k < jobs.Count; k++)
        {
            var read = readBy.TryGetValue(Normal(jobs[k].Input.Path), out var found) ? found : readBy[Normal(jobs[k].Input.Path)] = new(StringComparer.Ordinal);
            read.UnionWith(results[k].FilesRead.Select(Normal));
            read.UnionWith(_previews.GetValueOrDefault(Normal(jobs[k].Input.Path))?.FilesRead.Select(Normal) ?? []);
        }

        _readBy = readBy;
        // A deck with diagnostics may be missing a picture or data file: any file that appears may be the one.
        _unsettled = jobs.Where((j, k) => results[k].Diagnostics.Count > 0).Select(j => Normal(j.Input.Path)).ToHashSet(StringComparer.Ordinal);
        _outputFolders = [.. jobs.Select(j => Path.TrimEndingDirectorySeparator(Normal(j.Options.OutputDirectory))).Distinct(StringComparer.Ordinal)];
        _notices.AddRange(_feed.WatchOnly(Folders(readBy.Values.SelectMany(r => r))));
        var notices = _notices.ToList();
        _notices.Clear();
        Rebuilt?.Invoke(new WatchRound(number, [.. results.Where(r => !r.UpToDate)], diagnostics.Items, toPreview, clock.Elapsed) { All = results, Notices = notices });
    }

    /// <summary>
    /// After the build: what it said that the preview's drawing could not (an output that cannot be written, a deck not
    /// written under --strict) goes to the top of the page too.
    /// </summary>
    private void Republish(IReadOnlyList<DeckJob> jobs, DeckResult[] results, IReadOnlyList<Diagnostic> general)
    {
        var state = _board!.State;
        var extra = new List<Diagnostic>();
        for (var k = 0; k < jobs.Count && k < state.Decks.Count; k++)
        {
            var shown = state.Decks[k].Diagnostics.Select(d => d.ToString()).ToHashSet(StringComparer.Ordinal);
            extra.AddRange(results[k].Diagnostics.Where(d => !shown.Contains(d.ToString())));
            if (results[k].FailedOnWarnings)
            {
                extra.Add(new Diagnostic(new SourceLocation(jobs[k].Input.Path, 1), Severity.Error, DiagnosticCodes.OutputError,
                    "not written: --strict and the deck has warnings; its previous outputs are as they were"));
            }
        }

        if (extra.Count > 0)
        {
            _board.Publish(state.Decks, new Dictionary<string, byte[]>(), [.. general, .. extra.DistinctBy(d => d.ToString())]);
        }
    }

    /// <summary>Whether a change touches this deck: its notes, a file it read, a folder config, or a lost event.</summary>
    private bool Touched(DeckJob job, IReadOnlySet<string>? changed)
    {
        if (changed is null || changed.Contains(ChangeFeed.Everything) || changed.Any(c => Path.GetFileName(c) == FolderConfig.FileName))
        {
            return true;
        }

        var notes = Normal(job.Input.Path);
        return changed.Contains(notes) || _unsettled.Contains(notes) || (_readBy.GetValueOrDefault(notes) is { } read && changed.Overlaps(read));
    }

    /// <summary>
    /// A change worth a rebuild: anything read, a notes file, folder config or folder appearing or going, or, while a deck
    /// has diagnostics, any file (it may be the picture it missed); never inside an output folder or a hidden folder.
    /// </summary>
    private bool Relevant(string path)
    {
        if (path == ChangeFeed.Everything || _readBy.Values.Any(r => r.Contains(path)))
        {
            return true;
        }

        if (_outputFolders.Any(o => path == o || path.StartsWith(o + Path.DirectorySeparatorChar, StringComparison.Ordinal)) || Hidden(path))
        {
            return false;
        }

        // A folder that appears may hold talks (copied in, or written before its watcher saw it).
        var name = Path.GetFileName(path);
        return name == FolderConfig.FileName
            || NotesExtensions.Contains(Path.GetExtension(name).ToLowerInvariant())
            || Directory.Exists(path)
            || _unsettled.Count > 0 && !name.EndsWith('~');
    }

    /// <summary>Below a folder named, a name starting with a dot (".git/objects/…", an editor's ".talk.md.swp").</summary>
    private bool Hidden(string path)
    {
        var root = _inputFolders.Select(f => f.Folder).Where(r => path.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal)).MaxBy(r => r.Length);
        var below = root is null ? Path.GetFileName(path) : path[(root.Length + 1)..];
        return below.Split(Path.DirectorySeparatorChar).Any(segment => segment.StartsWith('.'));
    }

    /// <summary>The folders the command line names: a folder and a pattern's folder recursively, a file's folder alone.</summary>
    private List<(string Folder, bool Recursive)> InputFolders()
    {
        var folders = new List<(string, bool)>();
        foreach (var input in _inputs)
        {
            var wildcard = input.IndexOf('*', StringComparison.Ordinal); // patterns use * and ** only (NotesInputs)
            if (wildcard >= 0)
            {
                var head = input[..wildcard];
                var folder = head.Contains('/') ? head[..(head.LastIndexOf('/') + 1)] : ".";
                folders.Add((Normal(folder.Length == 0 ? "." : folder), true));
            }
            else if (Directory.Exists(input))
            {
                folders.Add((Normal(input), true));
            }
            else
            {
                folders.Add((Normal(Path.GetDirectoryName(Path.GetFullPath(input)) ?? "."), false));
            }
        }

        return folders;
    }

    /// <summary>The folders to watch: those named (recursively), each file's folder, and the folders of the files read.</summary>
    private List<(string Folder, bool Recursive)> Folders(IEnumerable<string> read)
    {
        var folders = new List<(string, bool)>(_inputFolders);
        var recursive = folders.Where(f => f.Item2).Select(f => f.Item1).ToList();
        foreach (var file in read)
        {
            var folder = Path.GetDirectoryName(file) ?? ".";
            if (!recursive.Any(r => folder == r || folder.StartsWith(r + Path.DirectorySeparatorChar, StringComparison.Ordinal)))
            {
                folders.Add((folder, false));
            }
        }

        return [.. folders.Distinct()];
    }

    /// <summary>A path as the watch compares paths: full, with symbolic links resolved where it exists.</summary>
    private static string Normal(string path) =>
        path == ChangeFeed.Everything ? path : Inputs.FileFacts.Resolved(path);

    public void Dispose() => _feed.Dispose();
}
