using System.Security.Cryptography;

namespace SlideBuilder.Tests.Support;

/// <summary>Every file under a folder (but one subfolder) with its hash: to show a build changed nothing of the user's.</summary>
public static class Snapshot
{
    public static SortedDictionary<string, string> Of(string root, string? except = null)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            if (except is not null && Path.GetFullPath(file).StartsWith(Path.GetFullPath(except) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                continue;
            }

            // Never open a FIFO or a device: reading one blocks or never ends.
            files[Path.GetRelativePath(root, file)] = SlideBuilder.Inputs.FileFacts.KindOf(file) != SlideBuilder.Inputs.FileKind.Regular
                ? "special"
                : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return files;
    }
}
