namespace PreAuthKit.Tests.Support;

/// <summary>Generated image files for photo checks: a real (tiny) PNG, JPEG headers, HEIC and other magic bytes.</summary>
internal static class TestImages
{
    /// <summary>A real, decodable PNG (generated with SkiaSharp by <see cref="SyntheticPhotos"/>).</summary>
    public static byte[] Png(int width, int height) => SyntheticPhotos.Png(width, height);

    /// <summary>A PNG signature and IHDR claiming a size, with no pixel data (for the pixel cap, checked before decoding).</summary>
    public static byte[] PngHeaderOnly(int width, int height) => SyntheticPhotos.PngHeaderDeclaring((uint)width, (uint)height);

    /// <summary>
    /// A JPEG header: SOI, a JFIF APP0, an APP1 segment of <paramref name="app1Length"/> bytes
    /// (EXIF data comes before the frame header in phone photos), then SOF<paramref name="sof"/> with the size, then EOI.
    /// </summary>
    public static byte[] Jpeg(int width, int height, int app1Length = 64, byte sof = 0xC0)
    {
        using var output = new MemoryStream();
        output.Write([0xFF, 0xD8]);
        output.Write([0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
        output.Write([0xFF, 0xE1, (byte)((app1Length + 2) >> 8), (byte)(app1Length + 2)]);
        output.Write(new byte[app1Length]);
        output.Write([0xFF, sof, 0x00, 0x11, 0x08, (byte)(height >> 8), (byte)height, (byte)(width >> 8), (byte)width, 0x03,
            0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03, 0x11, 0x01]);
        output.Write([0xFF, 0xD9]);
        return output.ToArray();
    }

    /// <summary>The start of an iPhone HEIC file (ISO base media ftyp box, brand heic).</summary>
    public static byte[] Heic() => [0, 0, 0, 0x18, (byte)'f', (byte)'t', (byte)'y', (byte)'p', (byte)'h', (byte)'e', (byte)'i', (byte)'c', 0, 0, 0, 0, (byte)'m', (byte)'i', (byte)'f', (byte)'1', (byte)'h', (byte)'e', (byte)'i', (byte)'c'];
}
