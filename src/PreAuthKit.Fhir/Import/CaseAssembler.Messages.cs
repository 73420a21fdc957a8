using System.Globalization;
using System.Text.RegularExpressions;
using Hl7.Fhir.Model;

namespace PreAuthKit.Fhir.Import;

/// <content>The PAS free-form messages that carry PreAuthKit's narrative fields.</content>
internal sealed partial class CaseAssembler
{
    [GeneratedRegex(@"^(procedures|photos)\[(\d{1,4})\]\.(frequency|comparableCode|unlistedNarrative|bodySite|consentOnFile)$")]
    private static partial Regex IndexedField();

    private void ReadFreeFormMessages(IndexedResource claim)
    {
        var c = (Claim)claim.Resource;
        for (var i = 0; i < c.SupportingInfo.Count; i++)
        {
            var info = c.SupportingInfo[i];
            var path = $"{claim.Path}.supportingInfo[{i}]";
            var category = info.Category?.Coding.FirstOrDefault(x => x.System == FhirSystems.PasTempCodes)?.Code;
            if (category == "additionalInformation")
            {
                continue; // documents: read with the DocumentReferences
            }

            var field = FhirValues.Coding(info.Code, s => s == FhirSystems.CaseField)?.Code;
            if (category != "freeFormMessage" || field is null || info.Value is not FhirString { Value: { } text })
            {
                ctx.Report(FhirFindingCodes.ElementNotMapped, FhirFindingSeverity.Information, path,
                    $"Supporting information of category '{category ?? FhirValues.Text(info.Category) ?? "none"}' is not modelled by PreAuthKit and is left out of the case.");
                continue;
            }

            if (!Apply(field, text))
            {
                ctx.Report(FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, $"{path}.value",
                    $"The free-form message for '{field}' could not be read into the case (unknown field or wrong format).");
            }
        }
    }

    private bool Apply(string field, string text)
    {
        var h = fields.History;
        var a = fields.Assessment;
        var p = fields.Plan;
        switch (field)
        {
            case "urgencyReason": fields.UrgencyReason = text; return true;
            case "submittedAt":
                if (!TimeOnly.TryParseExact(text, "HH:mm:ss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
                {
                    return false;
                }

                fields.SubmittedAt = at;
                return true;
            case "requestingProvider.contactPerson" or "servicingProvider.contactPerson" or "primaryCareProvider.contactPerson"
                or "requestingProvider.directLine" or "servicingProvider.directLine" or "primaryCareProvider.directLine":
                fields.ProviderFields[field] = text;
                return true;
            case "history.condition": fields.History = h with { Condition = text }; return true;
            case "history.cause": fields.History = h with { Cause = text }; return true;
            case "history.onset": return SetDate(text, d => fields.History = h with { Onset = d });
            case "assessment.medicalNecessity": fields.Assessment = a with { MedicalNecessity = text }; return true;
            case "assessment.expectedBenefit": fields.Assessment = a with { ExpectedBenefit = text }; return true;
            case "assessment.functionalImpairments": fields.Assessment = a with { FunctionalImpairments = [.. a.FunctionalImpairments, text] }; return true;
            case "assessment.symptoms": fields.Assessment = a with { Symptoms = [.. a.Symptoms, text] }; return true;
            case "assessment.physician": fields.Assessment = a with { Physician = text }; return true;
            case "assessment.assessedOn": return SetDate(text, d => fields.Assessment = a with { AssessedOn = d });
            case "treatmentPlan.sessions":
                if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
                {
                    return false;
                }

                fields.Plan = p with { Sessions = n };
                return true;
            case "treatmentPlan.interval": fields.Plan = p with { Interval = text }; return true;
            case "treatmentPlan.expectedOutcomes": fields.Plan = p with { ExpectedOutcomes = [.. p.ExpectedOutcomes, text] }; return true;
            case "treatmentPlan.rationale": fields.Plan = p with { Rationale = text }; return true;
            case "treatmentPlan.alternativesConsidered": fields.Plan = p with { AlternativesConsidered = [.. p.AlternativesConsidered, text] }; return true;
        }

        var m = IndexedField().Match(field);
        if (!m.Success)
        {
            return false;
        }

        var index = int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture);
        switch (m.Groups[3].Value)
        {
            case "frequency" or "comparableCode" or "unlistedNarrative": fields.ProcedureFields[(index, m.Groups[3].Value)] = text; return true;
            case "bodySite": fields.PhotoBodySites[index] = text; return true;
            default:
                if (text == "true")
                {
                    fields.PhotoConsents.Add(index);
                }

                return text is "true" or "false";
        }
    }

    private static bool SetDate(string text, Action<DateOnly> set)
    {
        if (FhirValues.Date(text) is { } d && text.Length == 10)
        {
            set(d);
            return true;
        }

        return false;
    }
}
