using PreAuthKit.Model;
using F = PreAuthKit.Validation.Findings.FindingCatalog.Photo;

namespace PreAuthKit.Photos;

/// <summary>
/// The one photo intake, for <c>Validate</c> (<see cref="IntakeDepth.Inspect"/>) and rendering
/// (<see cref="IntakeDepth.Full"/>): one path rule (the <see cref="IContentResolver"/>), one limit
/// set (<see cref="PhotoProcessingOptions"/>, from <c>ValidationOptions</c>), one code family
/// (<c>PAK-PHO</c>). Whatever <see cref="IntakeDepth.Inspect"/> accepts decodes, except content whose
/// structure is complete but whose compressed data is corrupt, which only decoding can find (then
/// rendering reports <c>PAK-PHO-012</c>, the code <c>Validate</c> uses for a truncated file).
/// A source named by several records is read and decoded once. Problems are findings, never
/// exceptions. Thread-safe.
/// </summary>
internal sealed class PhotoIntake(PhotoProcessingOptions options)
{
    private readonly PhotoProcessor _processor = new(options);

    public PhotoProcessingOptions Options => options;

    /// <summary>Takes in every record (in parallel, results in case order); null records are skipped (validation reports them).</summary>
    public PhotoSet Take(IReadOnlyList<PhotoRecord?> records, IContentResolver resolver, IntakeDepth depth, PhotoPlacement placement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(resolver);
        if (records.Count == 0)
        {
            return PhotoSet.Empty;
        }

        var references = records.Select(record => record is null ? null : resolver.Resolve(record.Path)).ToArray();
        var sources = references.Where(r => r?.Source is not null).Select(r => r!.Source!).Distinct(ReferenceEqualityComparer.Instance).Cast<ContentSource>().ToArray();
        var examined = new Examined[sources.Length];
        var parallel = new ParallelOptions
        {
            CancellationToken = cancellationToken,
            MaxDegreeOfParallelism = Math.Max(1, Math.Min(Environment.ProcessorCount, 4)),
        };
        Parallel.For(0, sources.Length, parallel, i => examined[i] = Examine(sources[i], Array.FindIndex(references, r => ReferenceEquals(r?.Source, sources[i])), depth, placement));

        var outcomes = new PhotoOutcome[records.Count];
        for (var i = 0; i < records.Count; i++)
        {
            outcomes[i] = Outcome(records[i], i, references[i], sources, examined);
        }

        return new PhotoSet(outcomes);
    }

    /// <summary>Takes in one record.</summary>
    public PhotoOutcome TakeOne(PhotoRecord record, int index, IContentResolver resolver, IntakeDepth depth, PhotoPlacement placement)
    {
        ArgumentNullException.ThrowIfNull(record);
        var reference = resolver.Resolve(record.Path);
        if (reference.Source is null)
        {
            return Refused(index, reference);
        }

        var examined = Examine(reference.Source, index, depth, placement);
        return Outcome(record, index, reference, [reference.Source], [examined]);
    }

    private static PhotoOutcome Outcome(PhotoRecord? record, int index, ContentReference? reference, ContentSource[] sources, Examined[] examined)
    {
        if (record is null || reference is null)
        {
            return new PhotoOutcome(index, null, []);
        }

        if (reference.Source is null)
        {
            return Refused(index, reference);
        }

        var result = examined[Array.IndexOf(sources, reference.Source)];
        if (result.Problem is not null)
        {
            return new PhotoOutcome(index, null, [result.Problem.For(index)]);
        }

        return result.Photo is null
            ? new PhotoOutcome(index, null, [])
            : new PhotoOutcome(index, result.Photo, PhotoProcessor.CrossCheck(record, index, result.Exif!));
    }

    private static PhotoOutcome Refused(int index, ContentReference reference)
        => new(index, null, [new PhotoProblem(reference.Problem!, reference.Reason ?? "").For(index)]);

    private Examined Examine(ContentSource source, int firstIndex, IntakeDepth depth, PhotoPlacement placement)
    {
        var problem = Read(source, out var bytes);
        if (problem is not null)
        {
            return new Examined(null, null, problem);
        }

        if (depth == IntakeDepth.Inspect)
        {
            return new Examined(null, null, _processor.Inspect(bytes));
        }

        var (photo, exif, decodeProblem) = _processor.Decode(firstIndex, bytes, placement);
        return new Examined(photo, exif, decodeProblem);
    }

    /// <summary>Reads the whole content, never more than the size limit; IO errors become <c>PAK-PHO-006</c>.</summary>
    private PhotoProblem? Read(ContentSource source, out byte[] bytes)
    {
        bytes = [];
        var max = options.MaxFileBytes;
        try
        {
            using var stream = source.Open();
            if (stream.CanSeek)
            {
                var length = stream.Length - stream.Position;
                if (length > max)
                {
                    return TooLarge(length, max);
                }

                bytes = new byte[length];
                stream.ReadExactly(bytes);
            }
            else
            {
                using var buffer = new MemoryStream();
                var chunk = new byte[81920];
                int read;
                while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
                {
                    if (buffer.Length + read > max)
                    {
                        return TooLarge(buffer.Length + read, max);
                    }

                    buffer.Write(chunk, 0, read);
                }

                bytes = buffer.ToArray();
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or InvalidOperationException or ArgumentException)
        {
            return new PhotoProblem(F.Unreadable, ex.GetType().Name);
        }

        return bytes.Length == 0 ? new PhotoProblem(F.Empty) : null;
    }

    private static PhotoProblem TooLarge(long bytes, long max) => new(F.TooLarge, bytes / (1024.0 * 1024.0), max / (1024.0 * 1024.0));

    private sealed record Examined(ProcessedPhoto? Photo, ExifFacts? Exif, PhotoProblem? Problem);
}
