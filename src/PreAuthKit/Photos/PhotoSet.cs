using PreAuthKit.Layout.Images;
using PreAuthKit.Model;

namespace PreAuthKit.Photos;

/// <summary>
/// All of a case's photos, processed (in parallel, results in case order) for one placement; the
/// findings of every photo, in photo order; and the <c>photo:N</c> lookup for the layout stage.
/// A photo that fails does not stop the others.
/// </summary>
internal sealed class PhotoSet : IImageSource
{
    private readonly Dictionary<ProcessedPhoto, ImageData> _images = new(ReferenceEqualityComparer.Instance);

    public PhotoSet(IReadOnlyList<PhotoOutcome> outcomes)
    {
        Outcomes = outcomes;
        Findings = outcomes.SelectMany(o => o.Findings).ToList();
        foreach (var photo in outcomes.Select(o => o.Photo).OfType<ProcessedPhoto>())
        {
            // A photo named by two records is one ProcessedPhoto, so one ImageData: the PDF embeds it once.
            _images.TryAdd(photo, new ImageData(photo.Jpeg, photo.PixelWidth, photo.PixelHeight));
        }
    }

    /// <summary>An empty set.</summary>
    public static PhotoSet Empty { get; } = new([]);

    /// <summary>One outcome per photo record, in case order.</summary>
    public IReadOnlyList<PhotoOutcome> Outcomes { get; }

    /// <summary>Every finding, in photo order.</summary>
    public IReadOnlyList<ValidationFinding> Findings { get; }

    /// <summary>The photos that could be used, in case order (a photo named twice appears twice).</summary>
    public IEnumerable<ProcessedPhoto> Photos => Outcomes.Where(o => o.Photo is not null).Select(o => o.Photo!);

    /// <summary>Processes every photo record at full depth; file paths are resolved against <paramref name="baseDirectory"/> by the one path rule.</summary>
    public static PhotoSet Process(IReadOnlyList<PhotoRecord> records, string baseDirectory, PhotoPlacement placement,
        PhotoProcessor? processor = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        var options = processor?.Options ?? PhotoProcessingOptions.Default;
        return new PhotoIntake(options).Take(records, new FolderContentResolver(baseDirectory, options.AllowAbsolutePaths), IntakeDepth.Full, placement, cancellationToken);
    }

    /// <summary>The processed photo for a <c>photo:N</c> key, or null when there is none or it failed.</summary>
    public ProcessedPhoto? Find(string key)
        => PhotoKeys.TryParse(key, out var index) && index < Outcomes.Count ? Outcomes[index].Photo : null;

    /// <inheritdoc />
    public ImageData? Resolve(string key) => Find(key) is { } photo ? _images[photo] : null;
}
