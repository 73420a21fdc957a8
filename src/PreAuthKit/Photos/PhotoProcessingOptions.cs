namespace PreAuthKit.Photos;

/// <summary>Limits and output settings of the photo stage.</summary>
internal sealed record PhotoProcessingOptions
{
    /// <summary>The defaults: 200 dpi, JPEG quality 85, 50 megapixels, 25 MiB (the defaults of ValidationOptions, from which the generator builds them), relative paths only.</summary>
    public static PhotoProcessingOptions Default { get; } = new();

    /// <summary>The photo limits of a validation configuration: the one limit set of validation and rendering.</summary>
    public static PhotoProcessingOptions From(Validation.ValidationOptions validation) => new()
    {
        MaxPixels = validation.MaxPhotoPixels,
        MaxFileBytes = validation.MaxPhotoBytes,
        AllowAbsolutePaths = validation.AllowAbsolutePhotoPaths,
    };

    /// <summary>Highest resolution kept at the placed size. Default 200.</summary>
    public int MaxDpi { get; init; } = 200;

    /// <summary>JPEG quality of the re-encoded photo (1-100). Default 85.</summary>
    public int JpegQuality { get; init; } = 85;

    /// <summary>Largest pixel count a header may declare; checked before decoding. Default 50 000 000.</summary>
    public long MaxPixels { get; init; } = 50_000_000;

    /// <summary>Largest file read, in bytes. Default 25 MiB (ValidationOptions.MaxPhotoBytes).</summary>
    public long MaxFileBytes { get; init; } = 25L * 1024 * 1024;

    /// <summary>Whether absolute photo paths are accepted (they still may not be outside the case folder unless allowed). Default false.</summary>
    public bool AllowAbsolutePaths { get; init; }
}
