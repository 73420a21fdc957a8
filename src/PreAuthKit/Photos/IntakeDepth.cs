namespace PreAuthKit.Photos;

/// <summary>How far the photo intake goes.</summary>
internal enum IntakeDepth
{
    /// <summary>
    /// For <c>Validate</c>: resolve the path, read the bytes (within the size limit), check the format,
    /// the header's pixel count and the structure (a JPEG's markers up to its end-of-image marker, a
    /// PNG's chunks up to IEND) without decoding pixels.
    /// </summary>
    Inspect,

    /// <summary>For rendering: everything <see cref="Inspect"/> does, then decode, orient, scale, re-encode, and cross-check EXIF.</summary>
    Full,
}
