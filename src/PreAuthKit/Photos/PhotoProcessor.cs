using PreAuthKit.Model;
using PreAuthKit.Validation.Findings;
using SkiaSharp;

namespace PreAuthKit.Photos;

/// <summary>
/// Turns one case photo into a <see cref="ProcessedPhoto"/>: sniffs the format from magic bytes,
/// refuses oversized headers before decoding, decodes with SkiaSharp at the smallest scale the
/// placement allows, applies the EXIF orientation to the pixels, scales to at most the configured
/// dpi at the placed size and re-encodes as a metadata-free JPEG. Problems come back as findings,
/// never as exceptions. Thread-safe.
/// </summary>
internal sealed class PhotoProcessor(PhotoProcessingOptions options)
{
    public PhotoProcessor()
        : this(PhotoProcessingOptions.Default)
    {
    }

    public PhotoProcessingOptions Options => options;

    /// <summary>Processes the photo file a record names, resolved against (and confined to) the case folder by the one path rule.</summary>
    public PhotoOutcome Process(PhotoRecord record, int index, string baseDirectory, PhotoPlacement placement)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        return new PhotoIntake(options).TakeOne(record, index, new FolderContentResolver(baseDirectory, options.AllowAbsolutePaths), IntakeDepth.Full, placement);
    }

    /// <summary>Processes photo bytes read from a stream (at most <see cref="PhotoProcessingOptions.MaxFileBytes"/>).</summary>
    public PhotoOutcome Process(PhotoRecord record, int index, Stream content, PhotoPlacement placement)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(content);
        return new PhotoIntake(options).TakeOne(record, index, new MemoryContentResolver(new Dictionary<string, ContentSource> { [record.Path] = ContentSource.FromStream(() => content) }), IntakeDepth.Full, placement);
    }

    /// <summary>Processes photo bytes already in memory: <see cref="Inspect"/>, then decode and cross-check.</summary>
    public PhotoOutcome Process(PhotoRecord record, int index, byte[] bytes, PhotoPlacement placement)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return new PhotoOutcome(index, null, [new PhotoProblem(FindingCatalog.Photo.Empty).For(index)]);
        }

        var (photo, exif, problem) = Decode(index, bytes, placement);
        return problem is not null
            ? new PhotoOutcome(index, null, [problem.For(index)])
            : new PhotoOutcome(index, photo, CrossCheck(record, index, exif!));
    }

    /// <summary>
    /// The header-depth checks, shared by <c>Validate</c> and rendering: JPEG or PNG by magic bytes,
    /// a readable pixel size within the limit, and a complete file structure. Null when the photo can be decoded.
    /// </summary>
    public PhotoProblem? Inspect(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ImageHeader header;
        using (var stream = new MemoryStream(bytes, writable: false))
        {
            header = ImageHeaderReader.Read(stream);
        }

        switch (header.Format)
        {
            case ImageFormat.Jpeg or ImageFormat.Png:
                break;
            case ImageFormat.Unknown:
                return new PhotoProblem(FindingCatalog.Photo.NotAnImage);
            default:
                return new PhotoProblem(FindingCatalog.Photo.Unsupported, header.Format.DisplayName());
        }

        if (!header.HasDimensions)
        {
            return new PhotoProblem(FindingCatalog.Photo.Damaged);
        }

        if (header.PixelCount > options.MaxPixels)
        {
            return new PhotoProblem(FindingCatalog.Photo.TooManyPixels, header.Width, header.Height, options.MaxPixels / 1_000_000.0);
        }

        return ImageStructure.IsComplete(bytes, header.Format) ? null : new PhotoProblem(FindingCatalog.Photo.Damaged);
    }

    /// <summary>Inspects, then decodes and re-encodes; the EXIF facts for the per-record cross-check.</summary>
    public (ProcessedPhoto? Photo, ExifFacts? Exif, PhotoProblem? Problem) Decode(int index, byte[] bytes, PhotoPlacement placement)
    {
        if (Inspect(bytes) is { } problem)
        {
            return (null, null, problem);
        }

        var photo = Transcode(index, bytes, placement);
        if (photo is null)
        {
            return (null, null, new PhotoProblem(FindingCatalog.Photo.Damaged));
        }

        var exif = ExifInspector.Inspect(bytes);
        return (photo with { CapturedAt = exif.CapturedAt, GpsRemoved = exif.HasGps }, exif, null);
    }

    /// <summary>What the image's metadata says about the record: capture date against <c>takenOn</c>, GPS and serial numbers removed.</summary>
    public static List<ValidationFinding> CrossCheck(PhotoRecord record, int index, ExifFacts exif)
    {
        var findings = new List<ValidationFinding>();
        if (exif.CapturedAt is not { } captured)
        {
            findings.Add(PhotoFindings.NoCaptureDate(index));
        }
        else if (record.TakenOn is { } takenOn)
        {
            var days = Math.Abs(DateOnly.FromDateTime(captured).DayNumber - takenOn.DayNumber);
            if (days > 1)
            {
                findings.Add(PhotoFindings.DateMismatch(index, days));
            }
        }

        if (exif.HasGps)
        {
            findings.Add(PhotoFindings.GpsRemoved(index));
        }

        if (exif.HasDeviceSerial)
        {
            findings.Add(PhotoFindings.SerialRemoved(index));
        }

        return findings;
    }

    /// <summary>Decode, orient, scale, re-encode; null when the image cannot be decoded completely.</summary>
    private ProcessedPhoto? Transcode(int index, byte[] bytes, PhotoPlacement placement)
    {
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var stored = codec.Info;
        if (stored.Width <= 0 || stored.Height <= 0 || (long)stored.Width * stored.Height > options.MaxPixels)
        {
            return null;
        }

        var origin = codec.EncodedOrigin;
        var swap = OrientationTransform.SwapsAxes(origin);
        var (uprightWidth, uprightHeight) = swap ? (stored.Height, stored.Width) : (stored.Width, stored.Height);
        var (boxWidth, boxHeight) = placement.MaxPixels(options.MaxDpi);
        var scale = Math.Min(1.0, Math.Min((double)boxWidth / uprightWidth, (double)boxHeight / uprightHeight));
        var targetWidth = Math.Max(1, (int)Math.Round(uprightWidth * scale));
        var targetHeight = Math.Max(1, (int)Math.Round(uprightHeight * scale));

        var decodeSize = DecodeSize(codec, swap ? targetHeight : targetWidth, swap ? targetWidth : targetHeight);
        var decodeInfo = new SKImageInfo(decodeSize.Width, decodeSize.Height, SKImageInfo.PlatformColorType, SKAlphaType.Premul);
        using var decoded = new SKBitmap();
        if (!decoded.TryAllocPixels(decodeInfo) || codec.GetPixels(decodeInfo, decoded.GetPixels()) != SKCodecResult.Success)
        {
            return null;
        }

        using var upright = new SKBitmap();
        if (!upright.TryAllocPixels(new SKImageInfo(targetWidth, targetHeight, SKImageInfo.PlatformColorType, SKAlphaType.Premul)))
        {
            return null;
        }

        using (var canvas = new SKCanvas(upright))
        using (var image = SKImage.FromBitmap(decoded))
        {
            canvas.Clear(SKColors.White);
            canvas.SetMatrix(OrientationTransform.Matrix(origin, decodeSize.Width, decodeSize.Height, targetWidth, targetHeight));
            var reduction = Math.Max((double)decodeSize.Width * decodeSize.Height / ((double)targetWidth * targetHeight), 1);
            var sampling = reduction > 4
                ? new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear)
                : new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.None);
            canvas.DrawImage(image, 0, 0, sampling, null);
            canvas.Flush();
        }

        using var pixmap = upright.PeekPixels();
        using var jpeg = pixmap.Encode(new SKJpegEncoderOptions(options.JpegQuality));
        if (jpeg is null)
        {
            return null;
        }

        return new ProcessedPhoto(index, jpeg.ToArray(), targetWidth, targetHeight, null, false,
            stored.Width, stored.Height, OrientationTransform.ExifValue(origin));
    }

    /// <summary>The smallest scale the codec decodes natively (JPEG: n/8) that still covers the needed size.</summary>
    private static SKSizeI DecodeSize(SKCodec codec, int neededWidth, int neededHeight)
    {
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var size = codec.GetScaledDimensions(eighths / 8f);
            if (size.Width >= neededWidth && size.Height >= neededHeight)
            {
                return size;
            }
        }

        return codec.Info.Size;
    }

}
