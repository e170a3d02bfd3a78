using System.Runtime.InteropServices;
using System.Text;

namespace KubeLint.Core.Loading;

/// <summary>What a path names once symbolic links are followed.</summary>
internal enum FileType
{
    /// <summary>The platform cannot tell without opening it (not Linux): read it as a regular file, with the size bounded.</summary>
    Unknown,
    Regular,
    Folder,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,

    /// <summary>Nothing there: a dangling link, or a file removed since it was listed.</summary>
    Missing,

    /// <summary>The system refused to say (no permission on a folder above it, a link loop …); see the error number.</summary>
    Failed,
}

/// <summary>
/// Tells a path's type and size without opening it: .NET's FileInfo reports a FIFO or a device as a zero-length
/// file, and opening a FIFO for reading blocks until a writer comes. On Linux one <c>statx(2)</c> call (its struct
/// has one layout on every architecture, unlike <c>struct stat</c>); elsewhere <see cref="FileType.Unknown"/>.
/// </summary>
internal static class FileTypes
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;
    private const int ENOENT = 2;
    private const int ENOTDIR = 20;

    private static bool _unavailable = !OperatingSystem.IsLinux();

    /// <summary>The type of <paramref name="fullPath"/> with links followed, its size when regular, and the error number when <see cref="FileType.Failed"/>.</summary>
    public static FileType Of(string fullPath, out long size, out int error)
    {
        size = -1;
        error = 0;
        if (_unavailable)
        {
            return FileType.Unknown;
        }

        Span<byte> buffer = stackalloc byte[256];
        var path = NulTerminated(fullPath);
        int result;
        try
        {
            result = Statx(path, buffer, out error);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            _unavailable = true; // a C library without statx (glibc before 2.28): fall back to bounded reads
            return FileType.Unknown;
        }

        if (result != 0)
        {
            return error is ENOENT or ENOTDIR ? FileType.Missing : FileType.Failed;
        }

        size = BitConverter.ToInt64(buffer[SizeOffset..]);
        return (BitConverter.ToUInt16(buffer[ModeOffset..]) & 0xF000) switch
        {
            0x8000 => FileType.Regular,
            0x4000 => FileType.Folder,
            0x1000 => FileType.Fifo,
            0x2000 => FileType.CharacterDevice,
            0x6000 => FileType.BlockDevice,
            0xC000 => FileType.Socket,
            _ => FileType.Failed,
        };
    }

    /// <summary>How a message names a type that is no regular file.</summary>
    public static string Describe(FileType type) => type switch
    {
        FileType.Folder => "a folder",
        FileType.Fifo => "a FIFO (named pipe)",
        FileType.CharacterDevice => "a character device",
        FileType.BlockDevice => "a block device",
        FileType.Socket => "a socket",
        _ => "no regular file",
    };

    private static byte[] NulTerminated(string path)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(path) + 1];
        Encoding.UTF8.GetBytes(path, bytes);
        return bytes;
    }

    /// <summary>A blittable call without SetLastError, so that ReadyToRun compiles it and no marshalling stub is
    /// generated at start-up; errno is read right after it, as source-generated interop does.</summary>
    private static unsafe int Statx(byte[] path, Span<byte> buffer, out int error)
    {
        fixed (byte* pathPointer = path)
        fixed (byte* bufferPointer = buffer)
        {
            Marshal.SetLastSystemError(0);
            var result = Native.Statx(AtFdCwd, pathPointer, 0, StatxType | StatxSize, bufferPointer);
            error = result == 0 ? 0 : Marshal.GetLastSystemError();
            return result;
        }
    }

    private static unsafe class Native
    {
        [DllImport("libc", EntryPoint = "statx")]
        public static extern int Statx(int dirfd, byte* path, int flags, uint mask, byte* buffer);
    }
}
