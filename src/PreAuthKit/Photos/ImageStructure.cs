namespace PreAuthKit.Photos;

/// <summary>
/// Checks that an image file is complete without decoding pixels: a JPEG's segments and
/// entropy-coded data are walked to the end-of-image marker (ITU-T T.81, Annex B), a PNG's chunks to
/// IEND (PNG specification, section 5.3). A file cut off in transfer fails this check, so
/// <c>Validate</c> refuses it with the same code (<c>PAK-PHO-012</c>) rendering would.
/// </summary>
internal static class ImageStructure
{
    private const int PngSignatureLength = 8;

    public static bool IsComplete(ReadOnlySpan<byte> bytes, ImageFormat format) => format switch
    {
        ImageFormat.Jpeg => JpegIsComplete(bytes),
        ImageFormat.Png => PngIsComplete(bytes),
        _ => false,
    };

    private static bool JpegIsComplete(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8)
        {
            return false;
        }

        var i = 2;
        while (i < data.Length)
        {
            // A marker: 0xFF fill bytes, then the code.
            if (data[i] != 0xFF)
            {
                return false;
            }

            while (i < data.Length && data[i] == 0xFF)
            {
                i++;
            }

            if (i >= data.Length)
            {
                return false;
            }

            var marker = data[i++];
            if (marker == 0xD9)
            {
                return true; // EOI
            }

            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue; // no length
            }

            if (i + 2 > data.Length)
            {
                return false;
            }

            var length = (data[i] << 8) | data[i + 1];
            if (length < 2 || i + length > data.Length)
            {
                return false;
            }

            i += length;
            if (marker != 0xDA)
            {
                continue;
            }

            // Entropy-coded data after SOS: runs until a marker that is neither a stuffed 0xFF00 nor a restart marker.
            while (true)
            {
                var next = data[i..].IndexOf((byte)0xFF);
                if (next < 0)
                {
                    return false;
                }

                i += next;
                if (i + 1 >= data.Length)
                {
                    return false;
                }

                var code = data[i + 1];
                if (code == 0x00 || code is >= 0xD0 and <= 0xD7 || code == 0xFF)
                {
                    i += code == 0xFF ? 1 : 2;
                    continue;
                }

                break; // a real marker: EOI, or the tables and SOS of the next progressive scan
            }
        }

        return false;
    }

    private static bool PngIsComplete(ReadOnlySpan<byte> data)
    {
        var i = PngSignatureLength;
        while (i + 12 <= data.Length)
        {
            var length = (long)((uint)(data[i] << 24) | (uint)(data[i + 1] << 16) | (uint)(data[i + 2] << 8) | data[i + 3]);
            var isEnd = data[i + 4] == (byte)'I' && data[i + 5] == (byte)'E' && data[i + 6] == (byte)'N' && data[i + 7] == (byte)'D';
            var chunkEnd = i + 12 + length;
            if (chunkEnd > data.Length)
            {
                return false;
            }

            if (isEnd)
            {
                return true;
            }

            i = (int)chunkEnd;
        }

        return false;
    }
}
