using PreAuthKit.Model;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Checklist;

/// <summary>
/// Case content a document prints only under a condition, and the warning (<c>PAK-LTR-002</c>) for
/// each value the case gives where the condition does not hold, so that nothing is dropped silently:
/// the clinic learns which field was not printed and why. The conditions are decided here, once; the
/// view model (<c>ViewModels/LetterModelBuilder.cs</c>) asks the same predicates, so a value is
/// either printed or reported, never neither.
/// </summary>
internal static class UnprintedContent
{
    /// <summary>Urgent (expedited) review: an urgent request, or an appeal asking for expedited review.</summary>
    public static bool IsUrgent(PreAuthCase @case) => @case.ReviewType == ReviewType.Urgent || @case.Appeal?.Expedited == true;

    /// <summary>The urgency reason the attestation prints: the appeal's own when it gives one, else the request's.</summary>
    public static string? UrgencyReason(PreAuthCase @case) => Has(@case.Appeal?.UrgencyReason) ? @case.Appeal!.UrgencyReason : @case.UrgencyReason;

    /// <summary>A request prints the peer-to-peer block when the physician can be reached directly (a direct line or an e-mail address).</summary>
    public static bool PeerToPeerReachable(Provider provider) => Has(provider.DirectLine) || Has(provider.Email);

    /// <summary>An appeal letter prints the good-cause paragraph only when the filing deadline is not met.</summary>
    public static bool PrintsGoodCause(CaseFacts facts) => facts.Deadline?.IsMet != true;

    /// <summary>The findings for one document: every value given that the document will not print, and why.</summary>
    public static IEnumerable<ValidationFinding> Findings(CaseFacts facts, DocumentKind kind)
    {
        var @case = facts.Case;
        var appealLetter = kind == DocumentKind.Appeal && @case.Appeal is not null;
        var document = appealLetter ? "appeal letter" : "pre-authorization request";
        var notPrinted = FindingCatalog.Letter.NotPrinted;

        if (!IsUrgent(@case))
        {
            const string why = "the review is not urgent (reviewType) and no expedited appeal is asked for (appeal.expedited)";
            if (Has(@case.UrgencyReason))
            {
                yield return notPrinted.At("urgencyReason", "urgencyReason", document, why);
            }

            if (appealLetter && Has(@case.Appeal!.UrgencyReason))
            {
                yield return notPrinted.At("appeal.urgencyReason", "appeal.urgencyReason", document, why);
            }
        }
        else if (Has(@case.Appeal?.UrgencyReason) && Has(@case.UrgencyReason))
        {
            yield return notPrinted.At("urgencyReason", "urgencyReason", document, "the appeal's own urgency reason (appeal.urgencyReason) is printed instead");
        }

        var provider = @case.RequestingProvider;
        var peerToPeerShown = appealLetter ? @case.Appeal!.PeerToPeerRequested : PeerToPeerReachable(provider);
        if (provider is not null && !peerToPeerShown)
        {
            var why = appealLetter
                ? "no peer-to-peer conversation is requested (appeal.peerToPeerRequested)"
                : "the peer-to-peer block needs the physician's direct line or e-mail address (requestingProvider.directLine, requestingProvider.email)";
            foreach (var (path, value) in new[] { ("requestingProvider.directLine", provider.DirectLine), ("requestingProvider.email", provider.Email), ("requestingProvider.availability", provider.Availability) })
            {
                if (Has(value))
                {
                    yield return notPrinted.At(path, path, document, why);
                }
            }
        }

        for (var i = 0; i < @case.Procedures.Count; i++)
        {
            if (@case.Procedures[i] is not { } procedure || facts.IsUnlisted(procedure.Code))
            {
                continue;
            }

            foreach (var (field, value) in new[] { ("comparableCode", procedure.ComparableCode), ("unlistedNarrative", procedure.UnlistedNarrative) })
            {
                if (Has(value))
                {
                    var path = $"procedures[{i}].{field}";
                    yield return notPrinted.At(path, path, document, "the procedure code is not an unlisted code (ValidationOptions.UnlistedProcedureCodes)");
                }
            }
        }

        if (@case.Appeal is not { } appeal)
        {
            yield break;
        }

        if (!appealLetter)
        {
            yield return FindingCatalog.Letter.AppealSectionNotPrinted.At("appeal");
            yield break;
        }

        if (Has(appeal.GoodCauseForLateFiling) && !PrintsGoodCause(facts))
        {
            yield return notPrinted.At("appeal.goodCauseForLateFiling", "appeal.goodCauseForLateFiling", document, "the appeal is filed within its deadline, so no good cause is needed");
        }

        if (Has(@case.Patient?.Phone))
        {
            yield return notPrinted.At("patient.phone", "patient.phone", document, "an appeal letter identifies the patient by name, date of birth and ID only (templates/partials/re-block.md.sbn)");
        }

        if (!ViewModels.AppealRoute.For(@case, appeal).AddressedToPlan && @case.Payer is { } payer)
        {
            const string why = "an external review is addressed to the independent review body, not to the plan";
            foreach (var (path, value) in new[]
            {
                ("payer.phone", payer.Phone), ("payer.fax", payer.Fax), ("payer.address.line1", payer.Address?.Line1), ("payer.address.line2", payer.Address?.Line2),
                ("payer.address.city", payer.Address?.City), ("payer.address.state", payer.Address?.State), ("payer.address.postalCode", payer.Address?.PostalCode),
            })
            {
                if (Has(value))
                {
                    yield return notPrinted.At(path, path, document, why);
                }
            }
        }

        if (appeal.Appellant != Appellant.Representative)
        {
            foreach (var (path, value) in new[] { ("appeal.representativeName", appeal.RepresentativeName), ("appeal.representativeRelationship", appeal.RepresentativeRelationship) })
            {
                if (Has(value))
                {
                    yield return notPrinted.At(path, path, document, "the appellant is not a representative (appeal.appellant)");
                }
            }
        }
    }

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);
}
