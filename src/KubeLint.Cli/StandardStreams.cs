using System.Text;
using Microsoft.Win32.SafeHandles;

namespace KubeLint.Cli;

/// <summary>
/// The process's standard output and error as UTF-8 writers straight over file descriptors 1 and 2 when
/// they are pipes or terminals (regular files go through the console's streams, which append).
/// <see cref="Console.Out"/> and <see cref="Console.Error"/> set up the terminal and detect its encoding
/// first, about 10 ms of every start, which a tool that always writes UTF-8 does not need.
/// </summary>
internal static class StandardStreams
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Buffered; the caller flushes it before the process ends.</summary>
    public static StandardOutput Output() => new(Open(1, Console.OpenStandardOutput));

    public static TextWriter Error() => new StreamWriter(Open(2, Console.OpenStandardError), Utf8, 1024) { AutoFlush = true };

    private static Stream Open(int descriptor, Func<Stream> console)
    {
        if (OperatingSystem.IsWindows())
        {
            return console();
        }

        try
        {
            var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: false), FileAccess.Write, bufferSize: 0);
            if (stream.CanSeek)
            {
                // A regular file: FileStream writes at its own offset and would leave the descriptor's where it
                // was, so whatever writes next to that file (the shell, our other stream) would overwrite us.
                stream.Dispose();
                return console();
            }

            return new DiscardWhenUnread(stream);
        }
        catch (Exception e) when (e is IOException or ArgumentException or UnauthorizedAccessException)
        {
            return console(); // A descriptor FileStream will not take: the console's streams cope with it. (A closed one is taken, and its writes are discarded below.)
        }
    }

    /// <summary>Standard output, so the lint command knows it writes to the process's own (and may colour it).</summary>
    internal sealed class StandardOutput(Stream stream) : StreamWriter(stream, Utf8, 1 << 16);

    /// <summary>
    /// Stops writing once nobody can read: the reader has gone (<c>kubelint . | head</c>, EPIPE) or the
    /// descriptor was closed (<c>kubelint . &gt;&amp;-</c>, EBADF). The console's streams do the same; failing
    /// the run (or, from the last flush, crashing it) over output nobody reads helps no one.
    /// </summary>
    private sealed class DiscardWhenUnread(Stream inner) : Stream
    {
        // errno values on Linux and macOS, which .NET's I/O exceptions carry as their HResult.
        private const int BrokenPipe = 32;
        private const int BadDescriptor = 9;
        private bool _gone;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer) => Guard(buffer, static (stream, bytes) => stream.Write(bytes));

        public override void Flush() => Guard([], static (stream, _) => stream.Flush());

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }

        private void Guard(ReadOnlySpan<byte> bytes, WriteAction action)
        {
            if (_gone)
            {
                return;
            }

            try
            {
                action(inner, bytes);
            }
            catch (Exception e) when (IsUnread(e))
            {
                _gone = true;
            }
        }

        private static bool IsUnread(Exception e) => e switch
        {
            IOException { HResult: BrokenPipe or BadDescriptor } => true,
            UnauthorizedAccessException { InnerException: IOException { HResult: BadDescriptor } } => true,
            _ => false,
        };

        private delegate void WriteAction(Stream stream, ReadOnlySpan<byte> bytes);
    }
}
