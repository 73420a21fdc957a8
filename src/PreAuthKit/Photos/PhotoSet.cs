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
    private PhotoSet(IReadOnlyList<PhotoOutcome> outcomes)
    {
        Outcomes = outcomes;
        Findings = outcomes.SelectMany(o => o.Findings).ToList();
    }

    /// <summary>An empty set.</summary>
    public static PhotoSet Empty { get; } = new([]);

    /// <summary>One outcome per photo record, in case order.</summary>
    public IReadOnlyList<PhotoOutcome> Outcomes { get; }

    /// <summary>Every finding, in photo order.</summary>
    public IReadOnlyList<ValidationFinding> Findings { get; }

    /// <summary>The photos that could be used, in case order.</summary>
    public IEnumerable<ProcessedPhoto> Photos => Outcomes.Where(o => o.Photo is not null).Select(o => o.Photo!);

    /// <summary>Processes every photo record; file paths are resolved against <paramref name="baseDirectory"/>.</summary>
    /// <param name="records">The case's photo records, in case order.</param>
    /// <param name="baseDirectory">The case file's folder.</param>
    /// <param name="placement">The box each photo is placed in.</param>
    /// <param name="processor">The processor (default options when null).</param>
    /// <param name="include">Which photos to process, by index (all when null); a skipped photo has no image and no findings.</param>
    /// <param name="cancellationToken">Cancels processing.</param>
    public static PhotoSet Process(IReadOnlyList<PhotoRecord> records, string baseDirectory, PhotoPlacement placement,
        PhotoProcessor? processor = null, Func<int, bool>? include = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(baseDirectory);
        if (records.Count == 0)
        {
            return Empty;
        }

        processor ??= new PhotoProcessor();
        var outcomes = new PhotoOutcome[records.Count];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = Math.Max(1, Math.Min(Environment.ProcessorCount, 4)),
        };
        Parallel.For(0, records.Count, parallel, i => outcomes[i] = include is null || include(i)
            ? processor.Process(records[i], i, baseDirectory, placement)
            : new PhotoOutcome(i, null, []));
        return new PhotoSet(outcomes);
    }

    /// <summary>The processed photo for a <c>photo:N</c> key, or null when there is none or it failed.</summary>
    public ProcessedPhoto? Find(string key)
        => PhotoKeys.TryParse(key, out var index) && index < Outcomes.Count ? Outcomes[index].Photo : null;

    /// <inheritdoc />
    public ImageData? Resolve(string key)
        => Find(key) is { } photo ? new ImageData(photo.Jpeg, photo.PixelWidth, photo.PixelHeight) : null;
}
