using System.Globalization;

namespace SlideBuilder.Diagnostics;

public enum Severity { Warning, Error }

/// <summary>A place in a source file; lines and columns are 1-based.</summary>
public readonly record struct SourceLocation(string Path, int Line, int Column = 1)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Path}:{Line}:{Column}");
}

/// <summary>One message for the user, printed as <c>path:line:col: warning CODE: message</c>.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    /// <summary>Text quoted in a message (a title, a link, a cell), cut to <paramref name="max"/> characters with an ellipsis.</summary>
    public static string Shorten(string text, int max = 80) => text.Length <= max ? text : text[..max] + "…";

    public override string ToString() =>
        $"{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";
}

/// <summary>Collects diagnostics instead of throwing, so one build reports every problem it finds.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);
    public int WarningCount => _items.Count(d => d.Severity == Severity.Warning);

    public void Warn(SourceLocation at, string code, string message) =>
        _items.Add(new Diagnostic(at, Severity.Warning, code, message));

    public void Error(SourceLocation at, string code, string message) =>
        _items.Add(new Diagnostic(at, Severity.Error, code, message));

    /// <summary>Adds what another bag collected (work done on another thread), in its order.</summary>
    public void AddFrom(DiagnosticBag other) => _items.AddRange(other._items);
}

/// <summary>Thrown for input that cannot be built at all; carries the location to report.</summary>
public sealed class BuildException(Diagnostic diagnostic) : Exception(diagnostic.ToString())
{
    public Diagnostic Diagnostic { get; } = diagnostic;
}
