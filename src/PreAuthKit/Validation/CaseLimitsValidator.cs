using System.Globalization;
using PreAuthKit.Model;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Validation;

/// <summary>
/// Checks every string and list of a case against <see cref="CaseLimits"/>: <c>PAK-CAP-001</c>
/// for text over its cap, <c>PAK-CAP-002</c> for a list with too many entries. The message names
/// the field's path, its length and the cap, never the value. <c>PAK-CAP-003</c> refuses a
/// <c>null</c> entry in a list of text or of attachments (lists of records have their own rule). Stateless.
/// </summary>
internal static class CaseLimitsValidator
{
    /// <summary>The code of a list over its cap (the pipeline skips decoding photos over the cap).</summary>
    public static string ListCode => FindingCatalog.Limits.TooManyEntries.Code;

    /// <summary>Entries of one list whose text is checked; a list past its cap is already refused as a whole.</summary>
    private const int MaxReported = 1_000;

    public static IReadOnlyList<ValidationFinding> Check(PreAuthCase @case)
    {
        ArgumentNullException.ThrowIfNull(@case);
        var findings = new List<ValidationFinding>();
        var check = new Checker(findings);
        const int I = CaseLimits.Identifier, S = CaseLimits.ShortText, E = CaseLimits.EntryText, N = CaseLimits.NarrativeText;

        check.Text("caseReference", @case.CaseReference, I, FindingSection.Payer);
        check.Text("urgencyReason", @case.UrgencyReason, N, FindingSection.Payer);
        check.Text("priorAuthorizationNumber", @case.PriorAuthorizationNumber, I, FindingSection.Payer);
        if (@case.Clinic is { } clinic)
        {
            check.Text("clinic.name", clinic.Name, S, FindingSection.Providers);
            check.Text("clinic.npi", clinic.Npi, I, FindingSection.Providers);
            check.Text("clinic.phone", clinic.Phone, S, FindingSection.Providers);
            check.Text("clinic.fax", clinic.Fax, S, FindingSection.Providers);
            check.Address("clinic.address", clinic.Address, FindingSection.Providers);
        }

        if (@case.Payer is { } payer)
        {
            check.Text("payer.name", payer.Name, S, FindingSection.Payer);
            check.Text("payer.payerId", payer.PayerId, I, FindingSection.Payer);
            check.Text("payer.phone", payer.Phone, S, FindingSection.Payer);
            check.Text("payer.fax", payer.Fax, S, FindingSection.Payer);
            check.Address("payer.address", payer.Address, FindingSection.Payer);
        }

        if (@case.Patient is { } patient)
        {
            const FindingSection P = FindingSection.Patient;
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

        // The number of diagnoses has its own rule (FindingCatalog.Diagnoses, at most 12); only their text is capped here.
        check.Each("diagnoses", @case.Diagnoses, int.MaxValue, FindingSection.Diagnoses, (path, d) =>
        {
            check.Text(path + ".code", d.Code, I, FindingSection.Diagnoses);
            check.Text(path + ".description", d.Description, E, FindingSection.Diagnoses);
        });
        check.Each("procedures", @case.Procedures, CaseLimits.Procedures, FindingSection.Services, (path, p) =>
        {
            check.Text(path + ".code", p.Code, I, FindingSection.Services);
            check.Texts(path + ".modifiers", p.Modifiers, CaseLimits.Modifiers, S, FindingSection.Services, nullIsError: false); // a null modifier is malformed (FindingCatalog.Services)
            check.Text(path + ".description", p.Description, E, FindingSection.Services);
            check.Text(path + ".frequency", p.Frequency, E, FindingSection.Services);
        });

        if (@case.History is { } history)
        {
            const FindingSection H = FindingSection.MedicalHistory;
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
            const FindingSection A = FindingSection.PhysicianAssessment;
            check.Text("assessment.medicalNecessity", assessment.MedicalNecessity, N, A);
            check.Text("assessment.expectedBenefit", assessment.ExpectedBenefit, N, A);
            check.Texts("assessment.functionalImpairments", assessment.FunctionalImpairments, CaseLimits.ListEntries, E, A);
            check.Texts("assessment.symptoms", assessment.Symptoms, CaseLimits.ListEntries, E, A);
            check.Text("assessment.physician", assessment.Physician, S, A);
        }

        if (@case.TreatmentPlan is { } plan)
        {
            const FindingSection T = FindingSection.TreatmentPlan;
            check.Text("treatmentPlan.interval", plan.Interval, E, T);
            check.Text("treatmentPlan.rationale", plan.Rationale, N, T);
            check.Texts("treatmentPlan.expectedOutcomes", plan.ExpectedOutcomes, CaseLimits.ListEntries, E, T);
            check.Texts("treatmentPlan.alternativesConsidered", plan.AlternativesConsidered, CaseLimits.ListEntries, E, T);
        }

        check.Each("photos", @case.Photos, CaseLimits.Photos, FindingSection.Photographs, (path, photo) =>
        {
            const FindingSection F = FindingSection.Photographs;
            check.Text(path + ".path", photo.Path, E, F);
            check.Text(path + ".bodySite", photo.BodySite, E, F);
            check.Text(path + ".view", photo.View, E, F);
            check.Text(path + ".description", photo.Description, E, F);
        });
        check.Each("attachments", @case.Attachments, CaseLimits.Attachments, FindingSection.Attachments, (path, attachment) =>
        {
            check.Text(path + ".title", attachment.Title, E, FindingSection.Attachments);
            check.Text(path + ".path", attachment.Path, E, FindingSection.Attachments);
        }, nullIsError: true);

        if (@case.Appeal is { } appeal)
        {
            const FindingSection X = FindingSection.Appeal;
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
        public void Text(string path, string? value, int cap, FindingSection section)
        {
            if (value is not null && value.Length > cap)
            {
                findings.Add(At(FindingCatalog.Limits.TextTooLong, path, section, path, value.Length, cap));
            }
        }

        public void Count(string path, int count, int cap, FindingSection section)
        {
            if (count > cap)
            {
                findings.Add(At(FindingCatalog.Limits.TooManyEntries, path, section, path, count, cap));
            }
        }

        public void Texts(string path, IReadOnlyList<string>? values, int cap, int textCap, FindingSection section, bool nullIsError = true)
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

        public void NullEntry(string path, FindingSection section)
            => findings.Add(At(FindingCatalog.Limits.NullEntry, path, section, path));

        public void Each<T>(string path, IReadOnlyList<T>? items, int cap, FindingSection section, Action<string, T> checkItem, bool nullIsError = false)
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

        public void Address(string path, Address? address, FindingSection section)
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

            const FindingSection P = FindingSection.Providers;
            Text(path + ".name", provider.Name, CaseLimits.ShortText, P);
            Text(path + ".npi", provider.Npi, CaseLimits.Identifier, P);
            Text(path + ".specialty", provider.Specialty, CaseLimits.ShortText, P);
            Text(path + ".phone", provider.Phone, CaseLimits.ShortText, P);
            Text(path + ".fax", provider.Fax, CaseLimits.ShortText, P);
            Text(path + ".contactPerson", provider.ContactPerson, CaseLimits.ShortText, P);
            Address(path + ".address", provider.Address, P);
        }

        /// <summary>The catalog's finding, in the section of the field it names.</summary>
        private static ValidationFinding At(FindingDefinition definition, string path, FindingSection section, params object?[] args)
            => new(definition.Code, definition.Severity, path, definition.Format(args), section);

        private static string Index(string path, int index) => string.Create(CultureInfo.InvariantCulture, $"{path}[{index}]");
    }
}
