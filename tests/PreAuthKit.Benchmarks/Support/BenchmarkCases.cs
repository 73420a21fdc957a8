using PreAuthKit.CaseFiles;
using PreAuthKit.Model;

namespace PreAuthKit.Benchmarks.Support;

/// <summary>The cases the benchmarks render: the bundled samples (text only) and a case built in code with four 12 MP photos.</summary>
internal static class BenchmarkCases
{
    /// <summary>The sample request with its photos removed: 4 pages, the budget row "request without photos" (the budget names a 2-page request; this one is longer).</summary>
    public static CaseFile RequestWithoutPhotos()
    {
        var sample = CaseFileReader.Load(BenchmarkPaths.SampleCase("burn-scar-forearm.json"));
        return sample with { Case = sample.Case with { Photos = [] } };
    }

    /// <summary>
    /// The request without photos whose two attachments are listed by title only (no file): the
    /// letter is the same, but neither attachment file is read, decoded and import-trialled by
    /// the packet's intake, which <c>Validate</c> and every render run since the packet merged.
    /// </summary>
    public static CaseFile RequestWithoutPhotosOrAttachmentFiles()
    {
        var request = RequestWithoutPhotos();
        return request with { Case = request.Case with { Attachments = [.. request.Case.Attachments.Select(a => a with { Path = null })] } };
    }

    /// <summary>The bundled sample request as shipped (two small photos).</summary>
    public static CaseFile SampleRequest() => CaseFileReader.Load(BenchmarkPaths.SampleCase("burn-scar-forearm.json"));

    /// <summary>The sample appeal (CO-50, medical necessity) with its photos removed.</summary>
    public static CaseFile AppealWithoutPhotos()
    {
        var sample = CaseFileReader.Load(BenchmarkPaths.SampleCase("appeal-co50-medical-necessity.json"));
        return sample with { Case = sample.Case with { Photos = [] } };
    }

    /// <summary>The sample request with four generated 12-megapixel phone photos (see <see cref="PhotoFiles"/>) instead of its own.</summary>
    public static CaseFile RequestWithFourPhotos()
    {
        var sample = RequestWithoutPhotos().Case;
        var folder = PhotoFiles.EnsureTwelveMegapixelSet();
        var records = PhotoFiles.TwelveMegapixelSet.Select((spec, i) => new PhotoRecord
        {
            Path = spec.FileName,
            TakenOn = new DateOnly(2026, 11, 2),
            BodySite = "Left volar forearm and wrist",
            View = i % 2 == 0 ? "Anterior overview" : "Close-up with scale bar",
            Description = $"Pre-treatment photograph {i + 1} of 4 (synthetic, generated)",
            ConsentOnFile = true,
        }).ToList();
        // The sample's attachment files stay in samples/cases: listed by title only in this folder.
        return new CaseFile(sample with { Photos = records, Attachments = [.. sample.Attachments.Select(a => a with { Path = null })] }, folder);
    }

    /// <summary>
    /// <paramref name="count"/> distinct text-only requests (different case references and member ids), for the batch benchmark;
    /// without <paramref name="attachmentFiles"/> their attachments are listed by title only.
    /// </summary>
    public static IReadOnlyList<CaseFile> Batch(int count, bool attachmentFiles = true)
    {
        var template = attachmentFiles ? RequestWithoutPhotos() : RequestWithoutPhotosOrAttachmentFiles();
        return [.. Enumerable.Range(1, count).Select(i => template with
        {
            Case = template.Case with
            {
                CaseReference = $"BSF-2026-{i:D4}",
                Patient = template.Case.Patient with { MemberId = $"EXH{i:D9}" },
            },
        })];
    }
}
