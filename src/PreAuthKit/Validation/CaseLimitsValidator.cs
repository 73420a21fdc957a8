using System.Globalization;
using PreAuthKit.Model;

namespace PreAuthKit.Validation;

/// <summary>
/// Checks every string and list of a case against <see cref="CaseLimits"/>: <c>PAK-CAP-001</c>
/// for text over its cap, <c>PAK-CAP-002</c> for a list with too many entries. The message names
/// the field's path, its length and the cap, never the value. <c>PAK-CAP-003</c> refuses a
/// <c>null</c> entry in a list of text or of attachments (lists of records have their own rule). Stateless.
/// </summary>
internal static class CaseLimitsValidator
{
    public const string TextCode = "PAK-CAP-001";
    public const string ListCode = "PAK-CAP-002";
    public const string NullEntryCode = "PAK-CAP-003";

    /// <summary>Entries of one list whose text is checked; a list past its cap is already refused as a whole.</summary>
    private const int MaxReported = 1_000;

    public static IReadOnlyList<ValidationFinding> Check(PreAuthCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var findings = new List<ValidationFinding>();
        var check = new Checker(findings);
        const int I = CaseLimits.Identifier, S = CaseLimits.ShortText, E = CaseLimits.EntryText, N = CaseLimits.NarrativeText;

        check.Text("caseReference", @case.CaseReference, I, ChecklistSection.Payer);
        check.Text("urgencyReason", @case.UrgencyReason, N, ChecklistSection.Payer);
        check.Text("priorAuthorizationNumber", @case.PriorAuthorizationNumber, I, ChecklistSection.Payer);
        if (@case.Clinic is { } clinic)
        {
            check.Text("clinic.name", clinic.Name, S, ChecklistSection.Providers);
            check.Text("clinic.npi", clinic.Npi, I, ChecklistSection.Providers);
            check.Text("clinic.phone", clinic.Phone, S, ChecklistSection.Providers);
            check.Text("clinic.fax", clinic.Fax, S, ChecklistSection.Providers);
            check.Address("clinic.address", clinic.Address, ChecklistSection.Providers);
        }

        if (@case.Payer is { } payer)
        {
            check.Text("payer.name", payer.Name, S, ChecklistSection.Payer);
            check.Text("payer.payerId", payer.PayerId, I, ChecklistSection.Payer);
            check.Text("payer.phone", payer.Phone, S, ChecklistSection.Payer);
            check.Text("payer.fax", payer.Fax, S, ChecklistSection.Payer);
            check.Address("payer.address", payer.Address, ChecklistSection.Payer);
        }

        if (@case.Patient is { } patient)
        {
            const string P = ChecklistSection.Patient;
            check.Text("patient.firstName", patient.FirstName, S, P);
            check.Text("patient.lastName", patient.LastName, S, P);
            check.Text("patient.phone", patient.Phone, S, P);
            check.Text("patient.memberId", patient.MemberId, I, P);
            check.Text("patient.groupNumber", patient.GroupNumber, I, P);
            check.Text("patient.planName", patient.PlanName, S, P);
            check.Address("patient.address", patient.Address, P);
        }

        check.Provider("requestingProvider", @case.RequestingProvider);
        check.Provider("servicingProvider", @case.ServicingProvider);
        check.Provider("primaryCareProvider", @case.PrimaryCareProvider);

        // The number of diagnoses has its own rule (PAK-DX-008); only their text is capped here.
        check.Each("diagnoses", @case.Diagnoses, int.MaxValue, ChecklistSection.Diagnoses, (path, d) =>
        {
            check.Text(path + ".code", d.Code, I, ChecklistSection.Diagnoses);
            check.Text(path + ".description", d.Description, E, ChecklistSection.Diagnoses);
        });
        check.Each("procedures", @case.Procedures, CaseLimits.Procedures, ChecklistSection.Services, (path, p) =>
        {
            check.Text(path + ".code", p.Code, I, ChecklistSection.Services);
            check.Texts(path + ".modifiers", p.Modifiers, CaseLimits.Modifiers, S, ChecklistSection.Services, nullIsError: false); // PAK-CPT-008
            check.Text(path + ".description", p.Description, E, ChecklistSection.Services);
            check.Text(path + ".frequency", p.Frequency, E, ChecklistSection.Services);
        });

        if (@case.History is { } history)
        {
            const string H = ChecklistSection.MedicalHistory;
            check.Text("history.condition", history.Condition, N, H);
            check.Text("history.cause", history.Cause, N, H);
            check.Each("history.priorTreatments", history.PriorTreatments, CaseLimits.PriorTreatments, H, (path, t) =>
            {
                check.Text(path + ".treatment", t.Treatment, E, H);
                check.Text(path + ".outcome", t.Outcome, E, H);
            });
        }

        if (@case.Assessment is { } assessment)
        {
            const string A = ChecklistSection.PhysicianAssessment;
            check.Text("assessment.medicalNecessity", assessment.MedicalNecessity, N, A);
            check.Text("assessment.expectedBenefit", assessment.ExpectedBenefit, N, A);
            check.Texts("assessment.functionalImpairments", assessment.FunctionalImpairments, CaseLimits.ListEntries, E, A);
            check.Texts("assessment.symptoms", assessment.Symptoms, CaseLimits.ListEntries, E, A);
            check.Text("assessment.physician", assessment.Physician, S, A);
        }

        if (@case.TreatmentPlan is { } plan)
        {
            const string T = ChecklistSection.TreatmentPlan;
            check.Text("treatmentPlan.interval", plan.Interval, E, T);
            check.Text("treatmentPlan.rationale", plan.Rationale, N, T);
            check.Texts("treatmentPlan.expectedOutcomes", plan.ExpectedOutcomes, CaseLimits.ListEntries, E, T);
            check.Texts("treatmentPlan.alternativesConsidered", plan.AlternativesConsidered, CaseLimits.ListEntries, E, T);
        }

        check.Each("photos", @case.Photos, CaseLimits.Photos, ChecklistSection.Photographs, (path, photo) =>
        {
            const string F = ChecklistSection.Photographs;
            check.Text(path + ".path", photo.Path, E, F);
            check.Text(path + ".bodySite", photo.BodySite, E, F);
            check.Text(path + ".view", photo.View, E, F);
            check.Text(path + ".description", photo.Description, E, F);
        });
        check.Each("attachments", @case.Attachments, CaseLimits.Attachments, ChecklistSection.CaseFile, (path, attachment) =>
        {
            check.Text(path + ".title", attachment.Title, E, ChecklistSection.CaseFile);
            check.Text(path + ".path", attachment.Path, E, ChecklistSection.CaseFile);
        }, nullIsError: true);

        if (@case.Appeal is { } appeal)
        {
            const string X = ChecklistSection.Appeal;
            check.Text("appeal.claimNumber", appeal.ClaimNumber, I, X);
            check.Text("appeal.denialReason", appeal.DenialReason, N, X);
            check.Text("appeal.denialCode", appeal.DenialCode, I, X);
            check.Count("appeal.earlierAppealDates", appeal.EarlierAppealDates?.Count ?? 0, CaseLimits.EarlierAppealDates, X);
            check.Texts("appeal.arguments", appeal.Arguments, CaseLimits.ListEntries, E, X);
            check.Texts("appeal.newEvidence", appeal.NewEvidence, CaseLimits.ListEntries, E, X);
        }

        return findings;
    }

    private sealed class Checker(List<ValidationFinding> findings)
    {
        public void Text(string path, string? value, int cap, string section)
        {
            if (value is not null && value.Length > cap)
            {
                findings.Add(new ValidationFinding(TextCode, FindingSeverity.Error, path, string.Create(CultureInfo.InvariantCulture,
                    $"'{path}' is {value.Length:N0} characters long; the limit is {cap:N0}. Shorten it and enclose the full record as an attachment."), section));
            }
        }

        public void Count(string path, int count, int cap, string section)
        {
            if (count > cap)
            {
                findings.Add(new ValidationFinding(ListCode, FindingSeverity.Error, path, string.Create(CultureInfo.InvariantCulture,
                    $"'{path}' has {count:N0} entries; the limit is {cap:N0}. Keep the ones that support this request and enclose the rest as an attachment."), section));
            }
        }

        public void Texts(string path, IReadOnlyList<string>? values, int cap, int textCap, string section, bool nullIsError = true)
        {
            if (values is null)
            {
                return;
            }

            Count(path, values.Count, cap, section);
            for (var i = 0; i < values.Count && i <= Math.Min(cap, MaxReported); i++)
            {
                if (values[i] is null && nullIsError)
                {
                    NullEntry(Index(path, i), section);
                }

                Text(Index(path, i), values[i], textCap, section);
            }
        }

        public void NullEntry(string path, string section)
            => findings.Add(new ValidationFinding(NullEntryCode, FindingSeverity.Error, path,
                $"'{path}' is an empty (null) entry: remove it or fill it in.", section));

        public void Each<T>(string path, IReadOnlyList<T>? items, int cap, string section, Action<string, T> checkItem, bool nullIsError = false)
            where T : class
        {
            if (items is null)
            {
                return;
            }

            Count(path, items.Count, cap, section);
            for (var i = 0; i < items.Count && i <= Math.Min(cap, MaxReported); i++)
            {
                if (items[i] is { } item)
                {
                    checkItem(Index(path, i), item);
                }
                else if (nullIsError)
                {
                    NullEntry(Index(path, i), section);
                }
            }
        }

        public void Address(string path, Address? address, string section)
        {
            if (address is null)
            {
                return;
            }

            Text(path + ".line1", address.Line1, CaseLimits.ShortText, section);
            Text(path + ".line2", address.Line2, CaseLimits.ShortText, section);
            Text(path + ".city", address.City, CaseLimits.ShortText, section);
            Text(path + ".state", address.State, CaseLimits.ShortText, section);
            Text(path + ".postalCode", address.PostalCode, CaseLimits.ShortText, section);
        }

        public void Provider(string path, Provider? provider)
        {
            if (provider is null)
            {
                return;
            }

            const string P = ChecklistSection.Providers;
            Text(path + ".name", provider.Name, CaseLimits.ShortText, P);
            Text(path + ".npi", provider.Npi, CaseLimits.Identifier, P);
            Text(path + ".specialty", provider.Specialty, CaseLimits.ShortText, P);
            Text(path + ".phone", provider.Phone, CaseLimits.ShortText, P);
            Text(path + ".fax", provider.Fax, CaseLimits.ShortText, P);
            Text(path + ".contactPerson", provider.ContactPerson, CaseLimits.ShortText, P);
            Address(path + ".address", provider.Address, P);
        }

        private static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
    }
}
