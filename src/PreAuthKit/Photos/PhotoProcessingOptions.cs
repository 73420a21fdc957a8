namespace PreAuthKit.Photos;

/// <summary>Limits and output settings of the photo stage.</summary>
internal sealed record PhotoProcessingOptions
{
    /// <summary>The defaults: 200 dpi, JPEG quality 85, 50 megapixels, 40 MB, relative paths only.</summary>
    public static PhotoProcessingOptions Default { get; } = new();

    /// <summary>Highest resolution kept at the placed size. Default 200.</summary>
    public int MaxDpi { get; init; } = 200;

    /// <summary>JPEG quality of the re-encoded photo (1-100). Default 85.</summary>
    public int JpegQuality { get; init; } = 85;

    /// <summary>Largest pixel count a header may declare; checked before decoding. Default 50 000 000.</summary>
    public long MaxPixels { get; init; } = 50_000_000;

    /// <summary>Largest file read, in bytes. Default 40 MB.</summary>
    public long MaxFileBytes { get; init; } = 40L * 1024 * 1024;

    /// <summary>Whether absolute photo paths are accepted (they still may not be outside the case folder unless allowed). Default false.</summary>
    public bool AllowAbsolutePaths { get; init; }
}
