using System.IO.Compression;

namespace SlideBuilder.Templates;

/// <summary>
/// A .pptx or .potx template is a zip from a stranger. Before the Open XML SDK reads it: every entry
/// name stays inside the package, the entries and their unpacked sizes are bounded (zip bombs), and a
/// package that carries macros is refused. Relationships to outside targets are never followed by
/// anything here; they are kept as the template has them.
/// </summary>
internal static class PackageSafety
{
    public const int MostEntries = 5_000;
    public const long MostUnpackedBytes = 512L << 20;
    public const double MostRatio = 200;

    /// <summary>Null when the package may be read; otherwise why not.</summary>
    public static string? Problem(byte[] bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MostEntries)
            {
                return $"it holds {zip.Entries.Count} files, more than the {MostEntries} a template needs";
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                var name = entry.FullName;
                if (name.StartsWith('/') || name.Contains('\\', StringComparison.Ordinal) || name.Split('/').Any(part => part == ".."))
                {
                    return $"the file name '{name}' inside it points outside the package";
                }

                if (name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase) || name.EndsWith("vbaData.xml", StringComparison.OrdinalIgnoreCase))
                {
                    return "it carries macros (a VBA project); save it as .pptx or .potx without macros";
                }

                total += entry.Length;
                if (total > MostUnpackedBytes)
                {
                    return $"it unpacks to more than {MostUnpackedBytes >> 20} MB";
                }

                if (entry.Length > (1 << 20) && entry.Length > entry.CompressedLength * MostRatio)
                {
                    return $"'{name}' inside it unpacks {entry.Length / Math.Max(1, entry.CompressedLength)} times its packed size (a zip bomb?)";
                }
            }

            var types = zip.GetEntry("[Content_Types].xml");
            if (types is null)
            {
                return "it is a zip but not an Office document ([Content_Types].xml is missing)";
            }

            using var reader = new StreamReader(types.Open());
            var text = reader.ReadToEnd();
            if (text.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                return "it is macro-enabled; save it as .pptx or .potx without macros";
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return "it is not a zip file (a .pptx or .potx is one)";
        }
    }
}
