using SkiaSharp;
using SlideBuilder.Model;
using SlideBuilder.Templates;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Layout;

/// <summary>
/// The typefaces of a template, loaded from its font files (never from whatever the system
/// happens to substitute), so measurements match what the PDF embeds and what the deck names.
/// </summary>
public sealed class FontSet : IDisposable
{
    private readonly Dictionary<(string Role, RunStyle Style), SKTypeface> _faces = [];
    private readonly Dictionary<string, SKTypeface> _byFile = new(StringComparer.Ordinal);

    public FontSet(Theme theme)
    {
        Theme = theme;
        Fallback = new FontFallback();
        Shaping = new Shaping();
        _ownsFallback = true;
        foreach (var role in new[] { "heading", "body", "quote", "code" })
        {
            var spec = theme.Font(role);
            foreach (var style in new[] { RunStyle.None, RunStyle.Bold, RunStyle.Italic, RunStyle.Bold | RunStyle.Italic })
            {
                var file = style switch
                {
                    RunStyle.Bold => spec.Bold,
                    RunStyle.Italic => spec.Italic,
                    RunStyle.Bold | RunStyle.Italic => spec.BoldItalic ?? spec.Bold,
                    _ => spec.Regular,
                } ?? spec.Regular;
                _faces[(role, style)] = LoadFile(theme, file, spec.Name);
            }
        }
    }

    private FontSet(Theme theme, Dictionary<(string, RunStyle), SKTypeface> faces, Dictionary<string, SKTypeface> byFile, FontFallback fallback, Shaping shaping)
    {
        Theme = theme;
        _faces = faces;
        _byFile = byFile;
        Fallback = fallback;
        Shaping = shaping;
    }

    public Theme Theme { get; }

    /// <summary>The machine's fonts for characters the template's lack; shared with this set's PDF subsets.</summary>
    public FontFallback Fallback { get; }

    /// <summary>HarfBuzz shaping for the scripts that need it; shared with this set's PDF subsets.</summary>
    public Shaping Shaping { get; }

    private readonly bool _ownsFallback;

    /// <summary>The typeface for a role (heading, body, quote, code) and the bold/italic part of a style.</summary>
    public SKTypeface Face(string role, RunStyle style) =>
        _faces[(style.HasFlag(RunStyle.Code) ? "code" : role, style & (RunStyle.Bold | RunStyle.Italic))];

    public string FamilyName(string role, RunStyle style = RunStyle.None) =>
        Theme.Font(style.HasFlag(RunStyle.Code) ? "code" : role).Name;

    public void Dispose()
    {
        foreach (var face in _byFile.Values)
        {
            face.Dispose();
        }

        if (_ownsFallback)
        {
            Fallback.Dispose();
            Shaping.Dispose();
        }
    }

    private SKTypeface LoadFile(Theme theme, string relative, string familyName)
    {
        if (_byFile.TryGetValue(relative, out var cached))
        {
            return cached;
        }

        var at = new SourceLocation(Path.Combine(theme.Directory, "template.json"), 1);
        if (!theme.FontData.TryGetValue(relative, out var bytes))
        {
            throw new BuildException(new Diagnostic(at, Severity.Error, DiagnosticCodes.FontMissing,
                $"font file for '{familyName}' was not read: {relative}"));
        }

        // Skia reads the template's bytes where they are (pinned until it lets go of them), instead of a copy of each file
        // for every font set: the copies were a twentieth of a cold build.
        var pinned = System.Runtime.InteropServices.GCHandle.Alloc(bytes, System.Runtime.InteropServices.GCHandleType.Pinned);
        SKData data;
        try
        {
            data = SKData.Create(pinned.AddrOfPinnedObject(), bytes.Length, (_, _) => pinned.Free());
        }
        catch
        {
            pinned.Free();
            throw;
        }

        SKTypeface? face;
        using (data)
        {
            face = SKTypeface.FromData(data);
        }

        if (face is null || string.IsNullOrEmpty(face.FamilyName))
        {
            face?.Dispose(); // (lets go of the pinned bytes)
            throw new BuildException(new Diagnostic(at, Severity.Error, DiagnosticCodes.FontMissing,
                $"font file for '{familyName}' could not be loaded (static TTF or OTF needed): {relative}"));
        }

        _byFile[relative] = face;
        return face;
    }
}
