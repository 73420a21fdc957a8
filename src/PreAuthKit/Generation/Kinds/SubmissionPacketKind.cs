using Microsoft.Extensions.Logging;
using PreAuthKit.Model;
using PreAuthKit.Packet;
using PreAuthKit.Pdf;
using PreAuthKit.Photos;

namespace PreAuthKit.Generation.Kinds;

/// <summary>
/// The submission packet as a document: the letter of a <see cref="DocumentKind"/> rendered by the
/// pipeline, wrapped with the optional fax cover sheet, the enclosure index and every attachment
/// (<see cref="PacketComposer"/>). The case is assessed once with the packet's attachment reading
/// (<see cref="AttachmentReading.Packet"/>: every attachment must name a file), and the packet is
/// composed from the attachments that assessment loaded: no file is read twice. Any refusal (the
/// case's own, an attachment's, the packet's) comes back as the report, with no parts.
/// </summary>
internal sealed class SubmissionPacketKind(DocumentPipeline pipeline, ILogger logger)
{
    public SubmissionPacket Render(CaseInput input, DocumentKind letterKind, PacketOptions options, PreAuthGenerator owner, CancellationToken cancellationToken)
    {
        var assessment = pipeline.Assess(input, letterKind, IntakeDepth.Full, owner, cancellationToken, AttachmentReading.Packet(options.Greyscale));
        var @case = assessment.Case;
        var reference = Reference(@case, letterKind);
        var refusals = new List<ValidationFinding>();
        var cover = options.CoverSheet ? Cover(@case, letterKind, reference, refusals) : null;

        var (letter, run) = pipeline.Run(assessment, cancellationToken);
        if (letter.Document is null || run is null || refusals.Count > 0)
        {
            var refused = new ValidationReport(letter.Report.Findings.Concat(refusals));
            if (letter.Document is not null)
            {
                PipelineLog.Refused(logger, letterKind, refused.Errors.Select(f => f.Code).ToList()); // a refused letter was logged by the pipeline
            }

            return new SubmissionPacket([], [], 0, 0, refused);
        }

        var stamp = new PacketStamp($"{@case.Patient.LastName}, {@case.Patient.FirstName}", @case.Patient.MemberId, reference);
        var letterMetadata = letterKind.Metadata(DocumentPipeline.CreatedAt(@case));
        var metadata = new PdfMetadata(letterMetadata.Title.Replace(" letter", "", StringComparison.Ordinal).Replace(" request", "", StringComparison.Ordinal) + " packet",
            letterMetadata.Subject + ", with enclosures", letterMetadata.CreatedAt, letterMetadata.Language);
        var enclosures = assessment.Attachments.Select(a => a.Attachment!).ToList();
        var packetInput = new PacketInput(run.Pdf, run.Layout, pipeline.Options.FaxFriendly, letterMetadata.Title, enclosures, stamp, cover, metadata);
        var packet = new PacketComposer(PacketGeometry.For(pipeline.Options.PageSize)).Compose(packetInput, options, cancellationToken);
        var report = new ValidationReport(letter.Report.Findings.Concat(packet.Findings));
        if (packet.Findings.Count > 0)
        {
            PipelineLog.Refused(logger, letterKind, report.Errors.Select(f => f.Code).ToList());
            return new SubmissionPacket([], [], 0, 0, report);
        }

        return new SubmissionPacket(packet.Parts, packet.Index, packet.PageCount, letter.Document.PageCount, report);
    }

    /// <summary>The fax cover sheet: to and from, fax numbers, the subject and reference; never clinical detail. No payer fax is a refusal.</summary>
    private static FaxCover Cover(PreAuthCase @case, DocumentKind kind, string reference, List<ValidationFinding> refusals)
    {
        if (string.IsNullOrWhiteSpace(@case.Payer.Fax))
        {
            refusals.Add(AttachmentFindings.NoCoverFax());
        }

        return new FaxCover(
            @case.Payer.Name, @case.Payer.Fax, @case.Payer.Phone,
            @case.Clinic?.Name is { Length: > 0 } clinic ? clinic : @case.RequestingProvider.Name,
            @case.Clinic?.Fax ?? @case.RequestingProvider.Fax, @case.Clinic?.Phone ?? @case.RequestingProvider.Phone,
            @case.SubmittedOn,
            kind == DocumentKind.Appeal ? "Appeal with enclosures" : "Pre-authorization request with enclosures",
            reference);
    }

    /// <summary>The reference the packet's stamp and cover print: the letter's footer reference, and the claim number of an appeal.</summary>
    private static string Reference(PreAuthCase @case, DocumentKind kind)
    {
        var reference = ViewModels.DocumentReferences.For(@case, kind.FooterLabel);
        return @case.Appeal?.ClaimNumber is { Length: > 0 } claim && kind == DocumentKind.Appeal
            ? $"{reference} \u00b7 Claim {claim.Trim()}"
            : reference;
    }
}
