using System.Diagnostics;

namespace SlideBuilder.Tests.Support;

/// <summary>Runs LibreOffice and poppler. Missing tools skip interop tests locally and fail them in CI.</summary>
public static class ExternalTools
{
    public static bool InCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static bool Has(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(System.IO.Path.Combine(dir, tool)));

    public static bool InteropAvailable => Has("soffice") && Has("pdftotext") && Has("pdfinfo") && Has("qpdf");

    public static (int ExitCode, string Stdout, string Stderr) Run(string file, IEnumerable<string> args, TimeSpan timeout, string? workingDirectory = null)
    {
        var psi = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout.TotalSeconds:0} s");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Converts a deck to PDF with LibreOffice; "exit 0 but no PDF" is a failure.</summary>
    public static string ConvertToPdf(string pptx) => Convert(pptx, "pdf", System.IO.Path.Combine(System.IO.Path.GetDirectoryName(pptx)!, "lo-" + Guid.NewGuid().ToString("N")[..8]));

    /// <summary>Converts a document with LibreOffice (<paramref name="format"/>: pdf, pptx, potx) into <paramref name="outDir"/>.</summary>
    public static string Convert(string input, string format, string outDir)
    {
        var pptx = input;
        Directory.CreateDirectory(outDir);
        // A profile of its own, so conversions can run in parallel; removed afterwards.
        var profileDir = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sb-lo-profile-" + Guid.NewGuid().ToString("N"));
        var profile = new Uri(profileDir).AbsoluteUri;
        int code;
        string stdout, stderr;
        try
        {
            (code, stdout, stderr) = Run("soffice", [$"-env:UserInstallation={profile}", "--headless", "--convert-to", format, "--outdir", outDir, pptx], TimeSpan.FromMinutes(3));
        }
        finally
        {
            if (Directory.Exists(profileDir))
            {
                Directory.Delete(profileDir, recursive: true);
            }
        }

        var pdf = System.IO.Path.Combine(outDir, System.IO.Path.GetFileNameWithoutExtension(pptx) + "." + format);
        Assert.True(code == 0 && File.Exists(pdf), $"LibreOffice did not convert {pptx} (exit {code}): {stdout} {stderr}");
        return pdf;
    }
}

/// <summary>A test that needs LibreOffice and poppler: skipped on a machine without them, never in CI.</summary>
public sealed class InteropFactAttribute : FactAttribute
{
    public InteropFactAttribute()
    {
        if (!ExternalTools.InteropAvailable && !ExternalTools.InCi)
        {
            Skip = "LibreOffice (soffice), poppler-utils and qpdf are not all installed; CI installs them and runs this test";
        }
    }
}

/// <summary>A theory that needs LibreOffice and poppler: skipped on a machine without them, never in CI.</summary>
public sealed class InteropTheoryAttribute : TheoryAttribute
{
    public InteropTheoryAttribute()
    {
        if (!ExternalTools.InteropAvailable && !ExternalTools.InCi)
        {
            Skip = "LibreOffice (soffice), poppler-utils and qpdf are not all installed; CI installs them and runs this test";
        }
    }
}

/// <summary>
/// A test built on the user's seed notes in <c>../shared</c> (and, with <c>interop</c>, on LibreOffice and poppler too):
/// skipped with a reason on a machine without them, never in CI, which has them.
/// </summary>
public sealed class SeedFactAttribute : FactAttribute
{
    public SeedFactAttribute(bool interop = false)
    {
        if (ExternalTools.InCi)
        {
            return;
        }

        if (!File.Exists(SeedNotesTests.SeedPath))
        {
            Skip = $"the seed notes are not beside this clone ({SeedNotesTests.SeedPath}); CI has ../shared and runs this test";
        }
        else if (interop && !ExternalTools.InteropAvailable)
        {
            Skip = "LibreOffice (soffice), poppler-utils and qpdf are not all installed; CI installs them and runs this test";
        }
    }
}

/// <summary>A test that needs pandoc (for its reference.pptx): skipped on a machine without it, never in CI, which installs it.</summary>
public sealed class PandocFactAttribute : FactAttribute
{
    public PandocFactAttribute()
    {
        if (!ExternalTools.Has("pandoc") && !ExternalTools.InCi)
        {
            Skip = "pandoc is not installed; CI installs it and runs this test";
        }
    }
}

/// <summary>A test that opens a deck's embedded fonts with libeot's eot2ttf: skipped on a machine without it, never in CI, which installs it.</summary>
public sealed class Eot2TtfFactAttribute : FactAttribute
{
    public Eot2TtfFactAttribute()
    {
        if (!ExternalTools.Has("eot2ttf") && !ExternalTools.InCi)
        {
            Skip = "eot2ttf (Debian package eot2ttf) is not installed; CI installs it and runs this test";
        }
    }
}

/// <summary>A test that needs a Japanese font on the machine (fonts-noto-cjk): skipped without one, never in CI, which installs it.</summary>
public sealed class JapaneseFontFactAttribute : FactAttribute
{
    public JapaneseFontFactAttribute()
    {
        using var face = SkiaSharp.SKFontManager.Default.MatchCharacter(null, SkiaSharp.SKFontStyle.Normal, ["ja"], 'あ');
        if (face is null && !ExternalTools.InCi)
        {
            Skip = "no Japanese font is installed (fonts-noto-cjk); CI installs one and runs this test";
        }
    }
}
