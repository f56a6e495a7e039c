using System.Runtime.InteropServices;

namespace SlideBuilder.Inputs;

public enum FileKind { Missing, Regular, Directory, Other }

/// <summary>
/// What the file system says about a path, without opening it: opening a FIFO blocks until a writer
/// comes, and a device such as <c>/dev/zero</c> never ends, so both are recognised from <c>stat</c>.
/// </summary>
internal static partial class FileFacts
{
    private const int TypeMask = 0xF000, Dir = 0x4000, Regular = 0x8000;

    /// <summary>The kind of what the path names, following symbolic links.</summary>
    public static FileKind KindOf(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        }

        // .NET's own native shim (the same call File.Exists makes); its FileStatus starts with Flags and Mode.
        var status = new byte[256];
        if (Stat(path, status) != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            Regular => FileKind.Regular,
            Dir => FileKind.Directory,
            _ => FileKind.Other, // FIFOs, character and block devices, sockets
        };
    }

    /// <summary>The path with every symbolic link resolved (null when it does not exist or links in a loop).</summary>
    public static string? RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
        {
            return File.Exists(full) || Directory.Exists(full) ? full : null;
        }

        var resolved = RealPathNative(full, IntPtr.Zero);
        if (resolved == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            Free(resolved);
        }
    }

    /// <summary>The path as builds compare paths: real where it exists, else full (a file deleted, or not made yet).</summary>
    public static string Resolved(string path) => RealPath(path) ?? Path.GetFullPath(path);

    /// <summary>True when <paramref name="path"/> (already real) is <paramref name="root"/> or inside it.</summary>
    public static bool IsInside(string path, string root)
    {
        var r = root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar;
        return path.Equals(root, StringComparison.Ordinal) || path.StartsWith(r, StringComparison.Ordinal);
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, [Out] byte[] status);

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr RealPathNative(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "free")]
    private static partial void Free(IntPtr pointer);
}
