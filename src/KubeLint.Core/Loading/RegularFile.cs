using System.Text;

namespace KubeLint.Core.Loading;

/// <summary>Why a path could not be read, in our words (never a .NET or system message).</summary>
internal sealed class UnreadableFileException(string message, bool tooLarge = false) : IOException(message)
{
    /// <summary>The file is over the byte limit rather than unreadable.</summary>
    public bool TooLarge { get; } = tooLarge;
}

/// <summary>
/// Reads only regular files (links followed), never more than a limit: the length a FIFO or a device reports is 0,
/// so the limit is enforced while reading, and a FIFO is refused before it is opened (opening one blocks).
/// </summary>
internal static class RegularFile
{
    /// <summary>What readers of configuration files, ignore files and custom rules allow.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    /// <summary>The bytes of <paramref name="fullPath"/>; throws <see cref="UnreadableFileException"/> saying why not.</summary>
    public static byte[] ReadAllBytes(string fullPath, long maxBytes = DefaultMaxBytes)
    {
        var read = Read(fullPath, maxBytes);
        return read.Count == read.Array!.Length ? read.Array : read.ToArray();
    }

    /// <summary>As <see cref="ReadAllBytes"/>, without copying the bytes read into an array of their own length.</summary>
    internal static ArraySegment<byte> Read(string fullPath, long maxBytes)
    {
        var size = Check(fullPath);
        if (size > maxBytes)
        {
            throw TooLarge(size, maxBytes);
        }

        try
        {
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1);
            return ReadBounded(stream, size, maxBytes);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new UnreadableFileException("it was removed while being read");
        }
        catch (UnauthorizedAccessException)
        {
            throw new UnreadableFileException("permission denied");
        }
        catch (IOException e) when (e is not UnreadableFileException)
        {
            throw new UnreadableFileException("the system could not read it");
        }
    }

    /// <summary>Why <paramref name="fullPath"/> cannot be read as a file, without opening it; null when it can (as far as
    /// can be told before reading). For files named in options, which stop the run (exit code 2) rather than give a finding.</summary>
    public static string? WhyUnreadable(string fullPath)
    {
        try
        {
            Check(fullPath);
            return null;
        }
        catch (UnreadableFileException e)
        {
            return e.Message;
        }
    }

    /// <summary>Throws unless a regular file (or one of <see cref="FileType.Unknown"/> type); its size, -1 when unknown.</summary>
    private static long Check(string fullPath)
    {
        var type = FileTypes.Of(fullPath, out var size, out var error);
        switch (type)
        {
            case FileType.Regular or FileType.Unknown:
                break;
            case FileType.Missing:
                throw new UnreadableFileException(File.Exists(fullPath) && new FileInfo(fullPath).LinkTarget is { } target
                    ? $"it is a symbolic link to '{target}', which does not exist"
                    : "it does not exist (it was removed, or its name is not valid UTF-8)");
            case FileType.Failed:
                throw new UnreadableFileException(error switch
                {
                    13 => "permission denied",
                    40 => "its symbolic links form a loop",
                    _ => $"the system cannot tell what it is (error {error})",
                });
            default:
                throw new UnreadableFileException($"it is {FileTypes.Describe(type)}, not a regular file");
        }

        return size;
    }

    /// <summary>The text of <paramref name="fullPath"/> (UTF-8, or as its byte order mark says).</summary>
    public static string ReadAllText(string fullPath, long maxBytes = DefaultMaxBytes)
    {
        var bytes = ReadAllBytes(fullPath, maxBytes);
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }

    /// <summary>Reads to the end or to one byte past the limit, whichever comes first: a file that grows, or an
    /// <see cref="FileType.Unknown"/> one that is really a device, cannot make it read more.</summary>
    internal static ArraySegment<byte> ReadBounded(FileStream stream, long size, long maxBytes)
    {
        var cap = Math.Min(maxBytes + 1, Array.MaxLength);
        var buffer = new byte[(int)Math.Min(Math.Max(size + 1, 4096), cap)];
        var filled = 0;
        while (true)
        {
            if (filled == buffer.Length)
            {
                if (filled > maxBytes || filled == cap)
                {
                    throw TooLarge(-1, maxBytes);
                }

                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, cap));
            }

            var read = stream.Read(buffer, filled, buffer.Length - filled);
            if (read == 0)
            {
                return new ArraySegment<byte>(buffer, 0, filled);
            }

            filled += read;
        }
    }

    private static UnreadableFileException TooLarge(long size, long maxBytes) => new(
        size >= 0 ? $"the file is {size:N0} bytes, over the limit of {maxBytes:N0}" : $"the file is over the limit of {maxBytes:N0} bytes",
        tooLarge: true);
}
