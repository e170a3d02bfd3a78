using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KubeLint.Core.Reporting;

/// <summary>
/// A <see cref="Utf8JsonWriter"/> whose bytes reach a <see cref="TextWriter"/> in chunks of about 64 KiB as the
/// report is written, instead of the whole document collected in memory, copied to an array and decoded to one
/// string (three copies of the output at its largest moment: at 10,000 documents tens of MiB of the peak).
/// The text written is the same: the stateful decoder replaces invalid UTF-8 as <see cref="Encoding.GetString(byte[])"/>
/// does, and a character split between two chunks is decoded whole.
/// </summary>
internal sealed class JsonTextOutput : IDisposable
{
    private const int ChunkBytes = 1 << 16;

    private readonly TextWriter _writer;
    private readonly ArrayBufferWriter<byte> _bytes = new(ChunkBytes + 4096);
    private readonly Decoder _decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetDecoder();
    private char[] _chars = new char[ChunkBytes + 4096];

    public JsonTextOutput(TextWriter writer)
    {
        _writer = writer;
        Json = new Utf8JsonWriter(_bytes, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public Utf8JsonWriter Json { get; }

    /// <summary>Passes what has been written on once a chunk's worth is pending; call it between values.</summary>
    public void Drain()
    {
        if (Json.BytesPending + _bytes.WrittenCount >= ChunkBytes)
        {
            Json.Flush();
            Decode(flush: false);
        }
    }

    /// <summary>Writes the rest and the line break that ends the report.</summary>
    public void Finish()
    {
        Json.Flush();
        Decode(flush: true);
        _writer.WriteLine();
    }

    public void Dispose() => Json.Dispose();

    private void Decode(bool flush)
    {
        var bytes = _bytes.WrittenSpan;
        var needed = _decoder.GetCharCount(bytes, flush);
        if (needed > _chars.Length)
        {
            _chars = new char[needed];
        }

        var count = _decoder.GetChars(bytes, _chars, flush);
        _writer.Write(_chars, 0, count);
        _bytes.ResetWrittenCount();
    }
}
