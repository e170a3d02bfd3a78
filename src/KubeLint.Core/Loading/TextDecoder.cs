using System.Buffers;
using System.Text;
using System.Text.Unicode;
using KubeLint.Core.Text;

namespace KubeLint.Core.Loading;

/// <summary>Turns a file's bytes into text: BOMs honoured, binary data and invalid UTF-8 reported with a position.</summary>
internal static class TextDecoder
{
    private const int BinaryProbeBytes = 8000;

    public static string? Decode(ReadOnlySpan<byte> bytes, out LoadProblem? problem)
    {
        problem = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            var encoding = bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode;
            return encoding.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        var nul = bytes[..Math.Min(bytes.Length, BinaryProbeBytes)].IndexOf((byte)0);
        if (nul >= 0)
        {
            problem = new LoadProblem(LoadProblemKind.Binary, "the file holds binary data (a NUL byte), not YAML or JSON text", SourceSpan.At(PositionOf(bytes, nul)));
            return null;
        }

        var chars = ArrayPool<char>.Shared.Rent(Math.Max(16, bytes.Length));
        try
        {
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var at = PositionOf(bytes, read);
                problem = new LoadProblem(LoadProblemKind.Encoding, $"invalid UTF-8 (byte 0x{bytes[read]:X2} at offset {read})", SourceSpan.At(at));
                return null;
            }

            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The line and column of a byte offset, counting only the valid text before it.</summary>
    private static SourcePosition PositionOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var prefix = Encoding.UTF8.GetString(bytes[..offset]);
        return new SourceText(prefix).GetPosition(prefix.Length);
    }
}
