using System.Text;
using System.Text.Json;
using SlideBuilder.Diagnostics;

namespace SlideBuilder.Build;

/// <summary>The forms a build's diagnostics are printed in: the compiler-style lines, JSON, or SARIF 2.1.0.</summary>
public enum DiagnosticsFormat { Text, Json, Sarif }

/// <summary>
/// A build's diagnostics for machines: JSON for scripts, SARIF 2.1.0 for code-scanning annotations
/// (GitHub's upload-sarif and other viewers). The text form is <see cref="Diagnostic.ToString"/>.
/// Paths are written as the command line named them, with forward slashes in SARIF's URIs.
/// </summary>
public static class DiagnosticReport
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>{"tool", "version", "files": [{"notes", "outputs", "slides", "succeeded"}], "diagnostics": [{"file", "line", "column", "severity", "code", "message"}]}.</summary>
    public static string Json(IReadOnlyList<DeckResult> decks, IReadOnlyList<Diagnostic> diagnostics, string version)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Indented))
        {
            w.WriteStartObject();
            w.WriteString("tool", "slidebuilder");
            w.WriteString("version", version);
            w.WriteStartArray("files");
            foreach (var d in decks)
            {
                w.WriteStartObject();
                w.WriteString("notes", d.Source);
                w.WriteStartArray("outputs");
                foreach (var o in d.Outputs)
                {
                    w.WriteStringValue(o);
                }

                w.WriteEndArray();
                w.WriteNumber("slides", d.Slides);
                w.WriteBoolean("succeeded", d.Succeeded);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("file", d.Location.Path);
                w.WriteNumber("line", d.Location.Line);
                w.WriteNumber("column", d.Location.Column);
                w.WriteString("severity", d.Severity == Severity.Error ? "error" : "warning");
                w.WriteString("code", d.Code);
                w.WriteString("message", d.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A SARIF 2.1.0 log with one run: the tool, a rule for every diagnostic code, a result for every diagnostic.</summary>
    public static string Sarif(IReadOnlyList<Diagnostic> diagnostics, string version)
    {
        var codes = DiagnosticCodes.Meanings.Keys.ToList();
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Indented))
        {
            w.WriteStartObject();
            w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();
            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", "slidebuilder");
            w.WriteString("semanticVersion", version);
            w.WriteStartArray("rules");
            foreach (var code in codes)
            {
                w.WriteStartObject();
                w.WriteString("id", code);
                w.WriteStartObject("shortDescription");
                w.WriteString("text", DiagnosticCodes.Meanings[code]);
                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", d.Code);
                if (codes.IndexOf(d.Code) is var index and >= 0)
                {
                    w.WriteNumber("ruleIndex", index);
                }

                w.WriteString("level", d.Severity == Severity.Error ? "error" : "warning");
                w.WriteStartObject("message");
                w.WriteString("text", d.Message);
                w.WriteEndObject();
                w.WriteStartArray("locations");
                w.WriteStartObject();
                w.WriteStartObject("physicalLocation");
                w.WriteStartObject("artifactLocation");
                w.WriteString("uri", Uri(d.Location.Path));
                w.WriteEndObject();
                w.WriteStartObject("region");
                w.WriteNumber("startLine", Math.Max(1, d.Location.Line));
                w.WriteNumber("startColumn", Math.Max(1, d.Location.Column));
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A path as a SARIF artifact URI: relative paths stay relative (to the repository), with forward slashes and escapes.</summary>
    private static string Uri(string path)
    {
        var slashed = path.Replace('\\', '/');
        var escaped = string.Join('/', slashed.Split('/').Select(System.Uri.EscapeDataString));
        return Path.IsPathRooted(path) ? "file://" + (escaped.StartsWith('/') ? "" : "/") + escaped : escaped;
    }
}
