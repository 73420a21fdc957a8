using PreAuthKit.Checklist;
using PreAuthKit.Codes;
using PreAuthKit.Layout;
using PreAuthKit.Model;
using Scriban.Runtime;

namespace PreAuthKit.ViewModels;

/// <summary>
/// Builds the view model a template sees. The template never sees the raw records: every string
/// that came from the case is escaped for Markdown here, and dates and codes are formatted here.
/// Every member is always present (empty string, empty list or false when the case has no value),
/// so templates run with strict variables.
/// </summary>
internal static class LetterModelBuilder
{
    public static LetterModel ForPreAuthorization(CaseAssessment assessment)
    {
        var @case = assessment.Case;
        var script = Common(assessment);
        script["document_title"] = "Request for Prior Authorization: Letter of Medical Necessity";
        return new LetterModel(script, Furniture(@case, assessment.Kind.FooterLabel));
    }

    public static LetterModel ForAppeal(CaseAssessment assessment)
    {
        var @case = assessment.Case;
        var appeal = @case.Appeal!;
        var script = Common(assessment);
        script["document_title"] = appeal.Level switch
        {
            AppealLevel.SecondInternal => "Second-Level Internal Appeal",
            AppealLevel.ExternalReview => "Request for External Review",
            AppealLevel.MedicareRedetermination => "Request for Medicare Redetermination",
            _ => "First-Level Internal Appeal",
        };
        script["appeal"] = Appeal(appeal, assessment.Facts);
        script["has_appeal"] = true;
        return new LetterModel(script, Furniture(@case, assessment.Kind.FooterLabel));
    }

    internal static PageFurniture Furniture(PreAuthCase @case, string kind)
    {
        var letterhead = new List<string>();
        if (@case.Clinic is { } clinic)
        {
            letterhead.Add(clinic.Name);
            letterhead.Add(Formats.Join(", ", Formats.Address(clinic.Address), Labeled("Phone", clinic.Phone), Labeled("Fax", clinic.Fax), Labeled("NPI", clinic.Npi)));
        }
        else
        {
            var provider = @case.RequestingProvider;
            letterhead.Add(provider.Name);
            letterhead.Add(Formats.Join(", ", Formats.Address(provider.Address), Labeled("Phone", provider.Phone), Labeled("Fax", provider.Fax), Labeled("NPI", provider.Npi)));
        }

        var patient = @case.Patient;
        var header = $"Patient: {patient.LastName}, {patient.FirstName}  |  DOB: {Formats.Date(patient.DateOfBirth)}  |  Member ID: {patient.MemberId}";
        return new PageFurniture(letterhead.Where(l => l.Length > 0).ToList(), header, DocumentReferences.For(@case, kind));
    }

    private static ScriptObject Common(CaseAssessment request)
    {
        var @case = request.Case;
        var checklist = request.Checklist;
        var enclosures = request.Kind.Enclosures(request);
        var history = @case.History;
        var assessment = @case.Assessment;
        var plan = @case.TreatmentPlan;
        return new ScriptObject
        {
            ["sections"] = Sections(),
            ["submitted_on"] = Formats.Date(@case.SubmittedOn),
            ["review_type"] = Formats.ReviewType(@case.ReviewType),
            ["is_urgent"] = @case.ReviewType == ReviewType.Urgent,
            ["urgency_reason"] = Text(@case.UrgencyReason),
            ["request_type"] = Formats.RequestType(@case.RequestType),
            ["prior_authorization_number"] = Text(@case.PriorAuthorizationNumber),
            ["payer"] = Payer(@case.Payer),
            ["patient"] = Patient(@case.Patient, @case.Payer),
            ["requesting_provider"] = Provider(@case.RequestingProvider),
            ["servicing_provider"] = Provider(@case.ServicingProvider),
            ["has_primary_care_provider"] = @case.PrimaryCareProvider is not null,
            ["primary_care_provider"] = Provider(@case.PrimaryCareProvider ?? new Provider()),
            ["diagnoses"] = List(@case.Diagnoses.OrderByDescending(d => d.Primary).Select((d, i) => Diagnosis(d, i, request.Facts.DateOfService))),
            ["procedures"] = List(@case.Procedures.Select(Procedure)),
            ["history"] = new ScriptObject
            {
                ["condition"] = Sentence(history.Condition),
                ["cause"] = Sentence(history.Cause),
                ["onset"] = Formats.Date(history.Onset),
            },
            ["prior_treatments"] = List(history.PriorTreatments.Select(PriorTreatment)),
            ["assessment"] = new ScriptObject
            {
                ["medical_necessity"] = Text(assessment.MedicalNecessity),
                ["expected_benefit"] = Text(assessment.ExpectedBenefit),
                ["physician"] = Text(assessment.Physician),
                ["assessed_on"] = Formats.Date(assessment.AssessedOn),
            },
            ["functional_impairments"] = Texts(assessment.FunctionalImpairments),
            ["symptoms"] = Texts(assessment.Symptoms),
            ["plan"] = new ScriptObject
            {
                ["sessions"] = plan.Sessions is { } sessions ? Formats.Count(sessions) : "",
                ["interval"] = Text(plan.Interval),
                ["rationale"] = Text(plan.Rationale),
            },
            ["expected_outcomes"] = Texts(plan.ExpectedOutcomes),
            ["alternatives"] = Texts(plan.AlternativesConsidered),
            ["photos"] = List(@case.Photos.Select(Photo)),
            ["enclosures"] = Texts(enclosures, escape: false),
            ["checklist"] = List(checklist.Items.Where(i => i.Status != ChecklistStatus.NotApplicable).Select(ChecklistItem)),
            ["signature"] = Signature(@case),
            ["has_appeal"] = false,
        };
    }

    private static ScriptObject Sections() => new()
    {
        ["history"] = LetterSections.History,
        ["prior_treatments"] = LetterSections.PriorTreatments,
        ["assessment"] = LetterSections.Assessment,
        ["functional_impairment"] = LetterSections.FunctionalImpairment,
        ["photographs"] = LetterSections.Photographs,
        ["treatment_plan"] = LetterSections.TreatmentPlan,
        ["denial"] = LetterSections.Denial,
        ["enclosures"] = LetterSections.Enclosures,
    };

    private static ScriptObject Payer(Payer payer) => new()
    {
        ["name"] = Text(payer.Name),
        ["phone"] = Text(payer.Phone),
        ["fax"] = Text(payer.Fax),
        ["address"] = Text(Formats.Address(payer.Address)),
        ["plan_type"] = Formats.PlanType(payer.PlanType),
    };

    private static ScriptObject Patient(Patient patient, Payer payer) => new()
    {
        ["full_name"] = Text($"{patient.FirstName} {patient.LastName}".Trim()),
        ["date_of_birth"] = Formats.Date(patient.DateOfBirth),
        ["sex"] = Formats.Sex(patient.Sex),
        ["phone"] = Text(patient.Phone),
        ["address"] = Text(Formats.Address(patient.Address)),
        ["member_id"] = Text(patient.MemberId),
        ["group_number"] = Text(patient.GroupNumber),
        ["plan_name"] = Text(patient.PlanName),
        ["plan_type"] = Formats.PlanType(payer.PlanType),
    };

    private static ScriptObject Provider(Provider provider) => new()
    {
        ["name"] = Text(provider.Name),
        ["npi"] = Text(provider.Npi),
        ["specialty"] = Text(provider.Specialty),
        ["phone"] = Text(provider.Phone),
        ["fax"] = Text(provider.Fax),
        ["contact_person"] = Text(provider.ContactPerson),
        ["address"] = Text(Formats.Address(provider.Address)),
    };

    /// <summary>A diagnosis line. With no description in the case, the official ICD-10-CM description for the date of service prints.</summary>
    private static ScriptObject Diagnosis(Diagnosis diagnosis, int index, DateOnly dateOfService) => new()
    {
        ["rank"] = Formats.Count(index + 1),
        ["code"] = Text(Formats.Icd10(diagnosis.Code)),
        ["description"] = Text(string.IsNullOrWhiteSpace(diagnosis.Description) ? Icd10Cm.Describe(diagnosis.Code, dateOfService) : diagnosis.Description),
        ["primary"] = diagnosis.Primary,
    };

    /// <summary>A service line. Only the clinic's own description prints: CPT descriptors are licensed by the AMA and never shipped.</summary>
    private static ScriptObject Procedure(Procedure procedure) => new()
    {
        ["code"] = Text(Formats.ProcedureCode(procedure.Code)),
        ["modifiers"] = Text(Formats.Modifiers(procedure.Modifiers)),
        ["description"] = Text(procedure.Description),
        ["units"] = Formats.Count(procedure.Units),
        ["frequency"] = Text(procedure.Frequency),
        ["start_date"] = Formats.Date(procedure.StartDate),
        ["end_date"] = Formats.Date(procedure.EndDate),
        ["dates"] = Formats.Period(procedure.StartDate, procedure.EndDate),
        ["place_of_service"] = Formats.PlaceOfService(procedure.PlaceOfService),
    };

    private static ScriptObject PriorTreatment(PriorTreatment treatment) => new()
    {
        ["treatment"] = Text(treatment.Treatment),
        ["period"] = Formats.Period(treatment.StartedOn, treatment.EndedOn),
        ["outcome"] = Text(treatment.Outcome),
    };

    private static ScriptObject Photo(PhotoRecord photo, int index) => new()
    {
        ["number"] = Formats.Count(index + 1),
        ["ref"] = $"photo:{Formats.Count(index + 1)}",
        ["taken_on"] = Formats.Date(photo.TakenOn),
        ["body_site"] = Text(photo.BodySite),
        ["view"] = Text(photo.View),
        ["description"] = Text(photo.Description),
        ["consent"] = photo.ConsentOnFile ? "Patient consent to clinical photography on file" : "Consent to clinical photography not recorded",
    };

    private static ScriptObject ChecklistItem(ChecklistItem item) => new()
    {
        ["key"] = item.Key,
        ["title"] = MarkdownText.Escape(item.Title),
        ["present"] = item.Status == ChecklistStatus.Present,
        ["status"] = item.Status == ChecklistStatus.Present ? "present" : "missing",
        ["evidence"] = MarkdownText.Escape(item.Evidence),
    };

    /// <summary>The signature block: the requesting provider, dated the day the letter is submitted.</summary>
    private static ScriptObject Signature(PreAuthCase @case)
    {
        var signature = Provider(@case.RequestingProvider);
        signature["date"] = Formats.Date(@case.SubmittedOn);
        return signature;
    }

    private static ScriptObject Appeal(Appeal appeal, CaseFacts facts)
    {
        var deadline = facts.Deadline!;
        var filedOn = facts.FiledOn;
        var category = facts.DenialCategory;
        var days = Math.Abs(deadline.DaysRemaining);
        var status = deadline.IsMet
            ? $"Met: filed {Formats.Date(filedOn)}, {Formats.Count(days)} day(s) before the deadline of {Formats.Date(deadline.DueOn)}"
            : $"Not met: filed {Formats.Date(filedOn)}, {Formats.Count(days)} day(s) after the deadline of {Formats.Date(deadline.DueOn)}";
        return new ScriptObject
        {
            ["level"] = Formats.AppealLevel(appeal.Level),
            ["level_key"] = Formats.AppealLevelKey(appeal.Level),
            ["claim_number"] = Text(appeal.ClaimNumber),
            ["date_of_service"] = Formats.Date(appeal.DateOfService),
            ["denial_date"] = Formats.Date(appeal.DenialDate),
            ["final_internal_denial_date"] = Formats.Date(appeal.FinalInternalDenialDate),
            ["earlier_appeal_dates"] = Texts(appeal.EarlierAppealDates.Select(Formats.Date).ToList(), escape: false),
            ["denial_reason"] = Text(appeal.DenialReason),
            ["denial_code"] = Text(DenialCodes.Format(appeal.DenialCode)),
            ["denial_code_description"] = DenialCodes.Describe(appeal.DenialCode),
            ["category"] = DenialCodes.Key(category),
            ["arguments"] = Texts(appeal.Arguments),
            ["new_evidence"] = Texts(appeal.NewEvidence),
            ["expedited"] = appeal.Expedited,
            ["peer_to_peer"] = appeal.PeerToPeerRequested,
            ["deadline"] = new ScriptObject
            {
                ["due_on"] = Formats.Date(deadline.DueOn),
                ["starts_on"] = Formats.Date(deadline.StartsOn),
                ["basis"] = Text(deadline.Basis),
                ["met"] = deadline.IsMet,
                ["status"] = status,
            },
        };
    }

    private static string Text(string? value) => MarkdownText.Escape(value?.Trim());

    /// <summary>Escaped text ending in a full stop (unless it already ends in punctuation), or empty.</summary>
    private static string Sentence(string? value)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 ? "" : MarkdownText.Escape(trimmed[^1] is '.' or '!' or '?' ? trimmed : trimmed + ".");
    }

    private static ScriptArray Texts(IEnumerable<string> values, bool escape = true)
    {
        var array = new ScriptArray();
        foreach (var value in values.Where(v => !string.IsNullOrWhiteSpace(v)))
        {
            array.Add(escape ? Text(value) : value);
        }

        return array;
    }

    private static ScriptArray List(IEnumerable<ScriptObject> items)
    {
        var array = new ScriptArray();
        foreach (var item in items)
        {
            array.Add(item);
        }

        return array;
    }

    private static string Labeled(string label, string? value) => string.IsNullOrWhiteSpace(value) ? "" : $"{label} {value.Trim()}";
}
