using Hl7.Fhir.Model;
using PreAuthKit.Model;
using FhirPatient = Hl7.Fhir.Model.Patient;

namespace PreAuthKit.Fhir.Import;

/// <summary>
/// Builds a <see cref="PreAuthCase"/> from an indexed bundle. The PAS Claim, when present, is the spine
/// (patient, insurer, provider, care team, diagnoses, items); without one, the importer reads the clinical
/// resources directly (ServiceRequest, Condition, Coverage). See docs/fhir.md for the mapping table.
/// </summary>
internal sealed partial class CaseAssembler(ImportContext ctx)
{
    private readonly CaseFields fields = new();
    private IndexedResource? subject;

    public PreAuthCase? Assemble()
    {
        var claim = Pick<Claim>("Claim", r => ((Claim)r.Resource).Use == ClaimUseCode.Preauthorization);
        var patient = claim is not null ? Resolve(((Claim)claim.Resource).Patient, claim, "patient") : null;
        patient ??= Pick<FhirPatient>("Patient", _ => true);
        if (patient?.Resource is not FhirPatient p)
        {
            ctx.Report(FhirFindingCodes.NoPatient, FhirFindingSeverity.Error, "Bundle.entry",
                "The bundle holds no Patient resource, so there is no case to build. Include the patient in the bundle.");
            return null;
        }

        subject = patient;
        if (claim is not null)
        {
            ReadFreeFormMessages(claim);
        }

        var coverage = FindCoverage(claim, patient);
        var payerOrg = FindPayer(claim, coverage);
        var (requesting, clinic) = FindRequester(claim);
        var servicing = FindServicing(claim) ?? requesting;
        var pcp = ReadPrimaryCare(patient);
        var diagnoses = claim is not null && ((Claim)claim.Resource).Diagnosis.Count > 0 ? ClaimDiagnoses(claim) : ConditionDiagnoses();
        var procedures = claim is not null && ((Claim)claim.Resource).Item.Count > 0 ? ClaimItems(claim) : RequestedServices();
        if (diagnoses.Count == 0)
        {
            ctx.Report(FhirFindingCodes.Missing, FhirFindingSeverity.Warning, claim is not null ? $"{claim.Path}.diagnosis" : "Bundle.entry",
                "The bundle holds no diagnosis with an ICD-10-CM code (Claim.diagnosis or Condition). Add the diagnoses to the case.");
        }

        if (procedures.Count == 0)
        {
            ctx.Report(FhirFindingCodes.Missing, FhirFindingSeverity.Warning, claim is not null ? $"{claim.Path}.item" : "Bundle.entry",
                "The bundle holds no service with a CPT or HCPCS code (Claim.item, ServiceRequest or a planned Procedure). Add the requested procedure to the case.");
        }

        var priorTreatments = PriorTreatments();
        var encounterDates = ReadEncounters();
        if (encounterDates is { } period)
        {
            procedures = procedures.Select(x => x.StartDate is null && x.EndDate is null ? x with { StartDate = period.Start, EndDate = period.End } : x).ToList();
        }

        var (photos, attachments) = ReadDocuments(claim);
        var measurements = ReadObservations();

        var member = ReadPatient(patient, p);
        var coverageFields = coverage is not null ? ReadCoverage(coverage) : (MemberId: MemberFromPatient(patient, p), Group: (string?)null, Plan: (string?)null, Type: (PlanType?)null);
        if (string.IsNullOrEmpty(coverageFields.MemberId))
        {
            ctx.Report(FhirFindingCodes.Missing, FhirFindingSeverity.Warning, coverage?.Path ?? patient.Path,
                "No member ID was found (Coverage.subscriberId or a Coverage identifier of type MB). Add it to the case before submitting.");
        }

        var claimRes = claim?.Resource as Claim;
        if (claimRes is not null)
        {
            claim!.Use("status", "type", "use", "patient", "created", "insurer", "provider", "priority", "careTeam", "diagnosis", "insurance", "item", "supportingInfo", "identifier", "extension");
            ReportClaimExtensions(claim, claimRes);
        }

        var @case = new PreAuthCase
        {
            CaseReference = claimRes?.Identifier.FirstOrDefault() is { System: not FhirSystems.GeneratedReference, Value: { Length: > 0 } reference } ? reference : null,
            SubmittedOn = FhirValues.Date(claimRes?.Created) ?? default,
            SubmittedAt = fields.SubmittedAt,
            ReviewType = claimRes?.Priority?.Coding.Any(c => c.Code == "stat") == true ? ReviewType.Urgent : ReviewType.Standard,
            UrgencyReason = fields.UrgencyReason,
            RequestType = RequestTypeOf(claimRes),
            PriorAuthorizationNumber = claimRes?.Item.SelectMany(i => i.Extension).FirstOrDefault(e => e.Url == FhirSystems.ExtAuthorizationNumber)?.Value is FhirString { Value: { Length: > 0 } auth } ? auth : null,
            Clinic = clinic,
            Payer = (payerOrg is not null ? ReadPayer(payerOrg) : new Payer()) with { PlanType = coverageFields.Type ?? PlanType.Commercial },
            Patient = member with { MemberId = coverageFields.MemberId ?? "", GroupNumber = coverageFields.Group, PlanName = coverageFields.Plan },
            RequestingProvider = WithFields(requesting ?? new Provider(), "requestingProvider"),
            ServicingProvider = WithFields(servicing ?? new Provider(), "servicingProvider"),
            PrimaryCareProvider = pcp is null ? null : WithFields(pcp, "primaryCareProvider"),
            Diagnoses = diagnoses,
            Procedures = procedures.Select((x, i) => x with
            {
                Frequency = fields.ProcedureFields.GetValueOrDefault((i, "frequency")) ?? x.Frequency,
                ComparableCode = fields.ProcedureFields.GetValueOrDefault((i, "comparableCode")) ?? x.ComparableCode,
                UnlistedNarrative = fields.ProcedureFields.GetValueOrDefault((i, "unlistedNarrative")) ?? x.UnlistedNarrative,
            }).ToList(),
            History = fields.History with { PriorTreatments = priorTreatments, Onset = fields.History.Onset },
            Assessment = fields.Assessment,
            TreatmentPlan = fields.Plan,
            Measurements = measurements,
            Photos = photos,
            Attachments = attachments,
        };

        if (payerOrg is null)
        {
            ctx.Report(FhirFindingCodes.Missing, FhirFindingSeverity.Warning, claim is not null ? $"{claim.Path}.insurer" : "Bundle.entry",
                "No payer organization was found (Claim.insurer or Coverage.payor). Add the payer to the case before submitting.");
        }

        ctx.ReportUnmapped();
        return @case;
    }

    private Provider WithFields(Provider p, string prefix) => p with
    {
        ContactPerson = fields.ProviderFields.GetValueOrDefault(prefix + ".contactPerson") ?? p.ContactPerson,
        DirectLine = fields.ProviderFields.GetValueOrDefault(prefix + ".directLine") ?? p.DirectLine,
    };

    private IndexedResource? Pick<T>(string typeName, Func<IndexedResource, bool> preferred)
        where T : Resource
    {
        var candidates = ctx.Index.OfType<T>().Where(r => r.Container is null).ToList();
        if (candidates.Count == 0)
        {
            candidates = ctx.Index.OfType<T>().ToList();
        }

        var pick = candidates.FirstOrDefault(preferred) ?? candidates.FirstOrDefault();
        foreach (var other in candidates.Where(c => c != pick))
        {
            ctx.Report(FhirFindingCodes.Ambiguous, FhirFindingSeverity.Warning, other.Path,
                $"The bundle holds more than one {typeName}; the case uses the one at {pick!.Path} and leaves this one out.");
            other.Used = true;
            other.Mapped.UnionWith(other.Resource.EnumerateElements().Select(e => e.Key));
        }

        return pick;
    }

    /// <summary>
    /// Whether a clinical resource is about another patient than the case's (its subject resolves to a different Patient
    /// in the bundle); such a resource is reported and left out, so a multi-patient bundle never mixes records.
    /// </summary>
    private bool OtherPatient(IndexedResource item, ResourceReference? reference)
    {
        if (reference is null || subject is null)
        {
            return false;
        }

        var hit = ctx.Index.Resolve(reference, item, out _);
        if (hit is null || hit == subject || hit.Resource is not Hl7.Fhir.Model.Patient)
        {
            return false;
        }

        item.Used = true;
        item.Mapped.UnionWith(item.Resource.EnumerateElements().Select(e => e.Key));
        ctx.Report(FhirFindingCodes.Ambiguous, FhirFindingSeverity.Warning, item.Path,
            $"This {item.Resource.TypeName} is about another patient in the bundle ({hit.Path}); it is left out of the case.");
        return true;
    }

    /// <summary>The bundle's resources of one type, without those about another patient (each of those reported by <see cref="OtherPatient"/>).</summary>
    private IEnumerable<(IndexedResource Item, T Resource)> AboutThePatient<T>(Func<T, ResourceReference?> subjectOf)
        where T : Hl7.Fhir.Model.Resource
    {
        foreach (var item in ctx.Index.OfType<T>())
        {
            var resource = (T)item.Resource;
            if (!OtherPatient(item, subjectOf(resource)))
            {
                yield return (item, resource);
            }
        }
    }

    private IndexedResource? Resolve(ResourceReference? reference, IndexedResource from, string element)
        => ctx.Resolve(reference, from, $"{from.Path}.{element}");

    private static RequestType RequestTypeOf(Claim? claim)
    {
        var code = claim?.Item.SelectMany(i => i.Extension).FirstOrDefault(e => e.Url == FhirSystems.ExtCertificationType)?.Value is CodeableConcept cc
            ? cc.Coding.FirstOrDefault()?.Code
            : null;
        return code switch
        {
            "4" => RequestType.Extension,
            "S" => RequestType.Amendment,
            _ => RequestType.Initial,
        };
    }

    private void ReportClaimExtensions(IndexedResource claim, Claim c)
    {
        ctx.ReportExtensions(c.Extension, claim.Path);
        for (var i = 1; i < c.Identifier.Count; i++)
        {
            ctx.Report(FhirFindingCodes.ElementNotMapped, FhirFindingSeverity.Information, $"{claim.Path}.identifier[{i}]",
                "Only the first Claim identifier becomes the case reference; this one is left out.");
        }

        for (var i = 1; i < c.Insurance.Count; i++)
        {
            ctx.Report(FhirFindingCodes.ElementNotMapped, FhirFindingSeverity.Information, $"{claim.Path}.insurance[{i}]",
                "PreAuthKit models one coverage; this additional insurance is left out.");
        }
    }
}
