using System.Buffers;
using System.Text.Unicode;

namespace Caravan.Data.Store;

/// <summary>Validates that a file's bytes are UTF-8 and locates the first invalid byte by line (1 = header) and field.</summary>
internal static class Utf8Text
{
    /// <summary>Throws <see cref="InvalidDataException"/> naming file, line, field and byte when <paramref name="data"/> is not UTF-8.</summary>
    public static void Require(ReadOnlySpan<byte> data, string fileName)
    {
        if (Utf8.IsValid(data))
        {
            return;
        }

        var offset = FirstInvalid(data);
        var lineStart = data[..offset].LastIndexOf((byte)'\n') + 1;
        var line = data[..offset].Count((byte)'\n') + 1;
        var field = data[lineStart..offset].Count((byte)',') + 1;
        throw new InvalidDataException(
            $"{fileName} row {line} (line {line}), field {field}: byte 0x{data[offset]:X2} is not valid UTF-8 text; save the file as UTF-8 (CSV UTF-8).");
    }

    private static int FirstInvalid(ReadOnlySpan<byte> data)
    {
        var buffer = ArrayPool<char>.Shared.Rent(1 << 16);
        try
        {
            var pos = 0;
            while (pos < data.Length)
            {
                var status = Utf8.ToUtf16(data[pos..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
                if (status == OperationStatus.InvalidData)
                {
                    return pos + read;
                }

                if (read == 0)
                {
                    return pos;
                }

                pos += read;
            }

            return data.Length - 1;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
