using PreAuthKit.Checklist;
using PreAuthKit.Codes;
using PreAuthKit.Layout;
using PreAuthKit.Model;
using PreAuthKit.Validation;
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
    public static LetterModel ForPreAuthorization(CaseAssessment request, ValidationOptions? options = null)
    {
        var @case = request.Case;
        var gate = DraftGate.For(@case, request.Checklist, request.Report, options);
        var script = Common(request, gate, null);
        script["document_title"] = "Request for Prior Authorization: Letter of Medical Necessity";
        script["to"] = To(new Addressee(@case.Payer.Name.Trim(), "Utilization Management / Prior Authorization", Formats.Address(@case.Payer.Address), (@case.Payer.Fax ?? "").Trim(), (@case.Payer.Phone ?? "").Trim(), "", ""));
        script["decision_due"] = Paragraphs(DecisionTimeframes.ForRequest(@case) is { } due ? [due] : []);
        return new LetterModel(script, Furniture(@case, request.Kind.FooterLabel, gate), gate);
    }

    public static LetterModel ForAppeal(CaseAssessment request, ValidationOptions? options = null)
    {
        var @case = request.Case;
        var appeal = @case.Appeal!;
        var gate = DraftGate.For(@case, request.Checklist, request.Report, options);
        var route = AppealRoute.For(@case, appeal);
        var script = Common(request, gate, route);
        script["document_title"] = route.Title;
        script["to"] = To(route.To);
        script["appeal"] = Appeal(appeal, request.Facts, route);
        script["rights"] = Paragraphs(PlanRights.ForAppeal(@case, appeal, route));
        script["decision_due"] = Paragraphs(DecisionTimeframes.ForAppeal(@case, appeal) is { } due ? [due] : []);
        script["has_appeal"] = true;
        return new LetterModel(script, Furniture(@case, request.Kind.FooterLabel, gate), gate);
    }

    internal static PageFurniture Furniture(PreAuthCase @case, string kind, DraftGate? gate = null)
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
        var header = $"Patient: {patient.LastName}, {patient.FirstName}  |  DOB: {Formats.Date(patient.DateOfBirth)}  |  {AppealRoute.IdLabelFor(@case.Payer)}: {patient.MemberId}";
        return new PageFurniture(letterhead.Where(l => l.Length > 0).ToList(), header, DocumentReferences.For(@case, kind))
        {
            Stamp = gate is { IsDraft: true } ? DraftGate.Stamp : "",
        };
    }

    /// <summary>No evidence located yet: the first layout pass of a letter with a criteria table (the pipeline fills the pages in).</summary>
    private static readonly IReadOnlyDictionary<Policies.PolicyEvidence, Policies.EvidenceLocation> NoPages = new Dictionary<Policies.PolicyEvidence, Policies.EvidenceLocation>();

    private static ScriptObject Common(CaseAssessment request, DraftGate gate, AppealRoute? route)
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
            ["procedures"] = List(@case.Procedures.Select(p => Procedure(p, @case.Appeal?.DateOfService))),
            ["re"] = Re(@case, route),
            ["draft"] = Draft(gate),
            ["statements"] = Statements(@case, enclosures.Count),
            ["measurements"] = List(@case.Measurements.Where(m => m is not null).Select(Measurement)),
            ["peer_to_peer"] = PeerToPeer(@case),
            ["urgent"] = Urgent(@case),
            ["rights"] = new ScriptArray(),
            ["decision_due"] = new ScriptArray(),
            ["history"] = new ScriptObject
            {
                ["condition"] = Sentence(history.Condition),
                ["cause"] = Sentence(history.Cause),
                ["is_empty"] = !Has(history.Condition) && !Has(history.Cause) && history.Onset is null,
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
                ["is_empty"] = plan.Sessions is null && !Has(plan.Interval) && !Has(plan.Rationale) && !plan.ExpectedOutcomes.Any(Has) && !plan.AlternativesConsidered.Any(Has),
            },
            ["expected_outcomes"] = Texts(plan.ExpectedOutcomes),
            ["alternatives"] = Texts(plan.AlternativesConsidered),
            ["photos"] = List(@case.Photos.Select(Photo)),
            ["photos_count"] = Formats.Count(@case.Photos.Count, "dated photograph", "dated photographs"),
            ["enclosures"] = Texts(enclosures, escape: false),
            ["checklist"] = List(checklist.Items.Where(i => i.Status == ChecklistStatus.Present).Select(ChecklistItem)),
            ["signature"] = Signature(@case),
            ["has_appeal"] = false,
            ["policy"] = Policies.PolicyViewModel.Build(request.Policy, NoPages),
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

    /// <summary>The date of service that picks the ICD-10-CM fiscal year: the same rule validation uses (<see cref="CodeSetDate.Of"/>).</summary>

    /// <summary>A diagnosis line. With no description in the case, the official ICD-10-CM description for the date of service prints.</summary>
    private static ScriptObject Diagnosis(Diagnosis diagnosis, int index, DateOnly dateOfService) => new()
    {
        ["rank"] = Formats.Count(index + 1),
        ["code"] = Text(Formats.Icd10(diagnosis.Code)),
        ["description"] = Text(string.IsNullOrWhiteSpace(diagnosis.Description) ? Icd10Cm.Describe(diagnosis.Code, dateOfService) : diagnosis.Description),
        ["primary"] = diagnosis.Primary,
    };

    /// <summary>A service line. Only the clinic's own description prints: CPT descriptors are licensed by the AMA and never shipped.</summary>
    private static ScriptObject Procedure(Procedure procedure, DateOnly? claimDate) => new()
    {
        ["code"] = Text(Formats.ProcedureCode(procedure.Code)),
        ["modifiers"] = Text(Formats.Modifiers(procedure.Modifiers)),
        ["description"] = Text(procedure.Description),
        ["units"] = Formats.Count(procedure.Units),
        ["frequency"] = Text(procedure.Frequency),
        ["start_date"] = Formats.Date(procedure.StartDate),
        ["end_date"] = Formats.Date(procedure.EndDate),
        ["dates"] = claimDate is { } billed ? Formats.Date(billed) : Formats.Period(procedure.StartDate, procedure.EndDate),
        ["place_of_service"] = Formats.PlaceOfService(procedure.PlaceOfService),
        ["units_text"] = Formats.Count(procedure.Units, "unit", "units"),
        ["comparable_code"] = Text(procedure.ComparableCode is { } comparable ? Formats.ProcedureCode(comparable) : ""),
        ["unlisted_narrative"] = Sentence(procedure.UnlistedNarrative),
        ["is_unlisted"] = ProcedureCodes.DefaultUnlistedCodes.Contains(ProcedureCodes.Normalize(procedure.Code)),
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
        ["description"] = Sentence(photo.Description),
        ["consent"] = photo.ConsentOnFile ? "Patient consent to clinical photography on file." : "",
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

    private static ScriptObject Appeal(Appeal appeal, CaseFacts facts, AppealRoute route)
    {
        var deadline = facts.Deadline!;
        var filedOn = facts.FiledOn;
        var category = facts.DenialCategory;
        var days = Math.Abs(deadline.DaysRemaining);
        var status = deadline.IsMet
            ? $"Met: filed {Formats.Date(filedOn)}, {Formats.Count(days, "day", "days")} before the deadline of {Formats.Date(deadline.DueOn)}"
            : $"Not met: filed {Formats.Date(filedOn)}, {Formats.Count(days, "day", "days")} after the deadline of {Formats.Date(deadline.DueOn)}";
        var original = appeal.OriginalRequest;
        var requestedBeforeService = original?.SubmittedOn is { } requested && (appeal.DateOfService is not { } served || requested <= served);
        return new ScriptObject
        {
            ["level"] = Text(route.LevelName),
            ["level_key"] = route.Key,
            ["level_partial"] = route.Partial,
            ["category_partial"] = $"partials/denials/{DenialCodes.Key(category)}.md.sbn",
            ["decider"] = appeal.Level == AppealLevel.MedicareRedetermination ? "the contractor" : "the plan",
            ["decider_title"] = appeal.Level == AppealLevel.MedicareRedetermination ? "The contractor" : "The plan",
            ["determination"] = Text(route.DeterminationTitle),
            ["determination_date"] = route.DeterminationDate,
            ["determination_enclosure"] = Text(route.DeterminationEnclosure),
            ["ask"] = Text(route.Ask),
            ["appellant"] = appeal.Appellant switch { Model.Appellant.Patient => "patient", Model.Appellant.Representative => "representative", _ => "provider" },
            ["representative_name"] = Text(appeal.RepresentativeName),
            ["representative_relationship"] = Text(appeal.RepresentativeRelationship),
            ["is_post_service"] = appeal.DateOfService is not null,
            ["first_level_decision_date"] = Formats.Date(appeal.FirstLevelDecisionDate),
            ["good_cause"] = Text(appeal.GoodCauseForLateFiling),
            ["received_on"] = Formats.Date(appeal.ReceivedOn),
            ["has_original_request"] = original?.SubmittedOn is not null,
            ["original_request"] = new ScriptObject
            {
                ["submitted_on"] = Formats.Date(original?.SubmittedOn),
                ["reference"] = Text(original?.Reference),
                ["channel"] = original?.Channel is { } channel ? Formats.Channel(channel) : "",
                ["authorization_number"] = Text(original?.AuthorizationNumber),
                ["authorized_units"] = original?.AuthorizedUnits is { } units ? Formats.Count(units, "unit", "units") : "",
                ["before_service"] = requestedBeforeService,
            },
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
                ["source"] = Text(deadline.Source),
                ["met"] = deadline.IsMet,
                ["status"] = status,
            },
        };
    }

    /// <summary>The page-1 "Re:" block: what fax intake indexes a letter on (member ID plus claim or authorization number), the services and the diagnoses.</summary>
    private static ScriptObject Re(PreAuthCase @case, AppealRoute? route)
    {
        var patient = @case.Patient;
        var appeal = @case.Appeal is not null && route is not null ? @case.Appeal : null;
        var authorization = Formats.Join(", ",
            @case.PriorAuthorizationNumber,
            appeal?.OriginalRequest?.AuthorizationNumber);
        var requestReference = appeal?.OriginalRequest?.Reference;
        var services = new ScriptArray();
        foreach (var procedure in @case.Procedures.Where(p => p is not null))
        {
            var modifiers = Formats.Modifiers(procedure.Modifiers);
            var dates = appeal?.DateOfService is { } served ? $"date of service {Formats.Date(served)}" : Formats.Period(procedure.StartDate, procedure.EndDate);
            services.Add(Text(Formats.Join(", ",
                Formats.ProcedureCode(procedure.Code) + (modifiers.Length > 0 ? $"-{modifiers.Replace(", ", "-", StringComparison.Ordinal)}" : ""),
                Formats.Count(procedure.Units, "unit", "units"),
                dates)));
        }

        var diagnoses = @case.Diagnoses.Where(d => d is not null).OrderByDescending(d => d.Primary)
            .Select(d => Formats.Icd10(d.Code) + (d.Primary ? " (primary)" : ""));
        return new ScriptObject
        {
            ["patient_name"] = Text($"{patient.FirstName} {patient.LastName}".Trim()),
            ["date_of_birth"] = Formats.Date(patient.DateOfBirth),
            ["id_label"] = AppealRoute.IdLabelFor(@case.Payer),
            ["member_id"] = Text(patient.MemberId),
            ["group_number"] = Text(patient.GroupNumber),
            ["plan"] = Text(Formats.Join(", ", patient.PlanName, Formats.PlanType(@case.Payer.PlanType))),
            ["claim_number"] = Text(appeal?.ClaimNumber),
            ["date_of_service"] = Formats.Date(appeal?.DateOfService),
            ["authorization_number"] = Text(authorization),
            ["request_reference"] = Text(requestReference),
            ["services"] = services,
            ["diagnoses"] = Text(string.Join(", ", diagnoses)),
            ["provider"] = Text(Formats.Join(", ", @case.RequestingProvider.Name, Labeled("NPI", @case.RequestingProvider.Npi))),
        };
    }

    private static ScriptObject To(Addressee to) => new()
    {
        ["name"] = Text(to.Name),
        ["unit"] = Text(to.Unit),
        ["address"] = Text(to.Address),
        ["fax"] = Text(to.Fax),
        ["phone"] = Text(to.Phone),
        ["online"] = Text(to.Online),
        ["source"] = Text(to.Source),
        ["role"] = Text(to.Role.Length > 0 ? to.Role : to.Name),
    };

    private static ScriptArray Paragraphs(IEnumerable<LetterParagraph> paragraphs)
    {
        var array = new ScriptArray();
        foreach (var paragraph in paragraphs)
        {
            array.Add(new ScriptObject
            {
                ["key"] = paragraph.Key,
                ["title"] = Text(paragraph.Title),
                ["text"] = Text(paragraph.Text),
                ["citation"] = Text(paragraph.Citation),
            });
        }

        return array;
    }

    /// <summary>The draft gate as the templates see it: the stamp, what is missing, the cosmetic-risk warnings.</summary>
    private static ScriptObject Draft(DraftGate gate) => new()
    {
        ["is_draft"] = gate.IsDraft,
        ["stamp"] = gate.IsDraft ? DraftGate.Stamp : "",
        ["missing"] = Texts(gate.Missing),
        ["warnings"] = Texts(gate.Warnings),
    };

    /// <summary>
    /// Boilerplate chosen from the facts: the opening claims function only when a functional impairment
    /// is recorded, symptoms only when symptoms are; the certification names enclosures only when there are some.
    /// </summary>
    private static ScriptObject Statements(PreAuthCase @case, int enclosureCount)
    {
        var assessment = @case.Assessment;
        var function = assessment.FunctionalImpairments.Any(Has);
        var symptoms = assessment.Symptoms.Any(Has);
        var purpose = (function, symptoms) switch
        {
            (true, _) => "to treat a documented condition and restore the function it impairs, not to change appearance",
            (false, true) => "to treat a documented condition and the symptoms recorded below",
            _ => "to treat the condition documented below",
        };
        return new ScriptObject
        {
            ["purpose"] = purpose,
            ["has_function"] = function,
            ["certification"] = enclosureCount > 0
                ? "I certify that the information in this letter is accurate and is supported by the enclosed records listed above."
                : "I certify that the information in this letter is accurate and is taken from the patient's medical record, which is available on request.",
        };
    }

    private static ScriptObject Measurement(Measurement measurement)
    {
        var scale = MeasurementScale.Of(measurement.Kind);
        var unit = Has(measurement.Unit) ? measurement.Unit!.Trim() : scale.DefaultUnit;
        string Value(decimal? value) => value is { } v ? Formats.Join(" ", Formats.Number(v), unit) : "";
        return new ScriptObject
        {
            ["kind"] = JsonKind(measurement.Kind),
            ["name"] = Text(Has(measurement.Name) ? measurement.Name : scale.Title),
            ["scale"] = Text(scale.Title),
            ["value"] = Text(Value(measurement.Value)),
            ["unit"] = Text(unit),
            ["measured_on"] = Formats.Date(measurement.MeasuredOn),
            ["method"] = Text(measurement.Method),
            ["normal"] = Text(Value(measurement.NormalValue)),
            ["target"] = Text(Value(measurement.Target)),
            ["body_site"] = Text(measurement.BodySite),
            ["lower_is_better"] = scale.LowerIsBetter,
        };
    }

    private static string JsonKind(MeasurementKind kind) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    /// <summary>The peer-to-peer block: the physician's direct line, e-mail and availability, with the coordinator as a fallback.</summary>
    private static ScriptObject PeerToPeer(PreAuthCase @case)
    {
        var provider = @case.RequestingProvider;
        return new ScriptObject
        {
            ["physician"] = Text(Has(@case.Assessment.Physician) ? @case.Assessment.Physician : provider.Name),
            ["direct_line"] = Text(provider.DirectLine),
            ["email"] = Text(provider.Email),
            ["availability"] = Text(provider.Availability),
            ["contact_person"] = Text(provider.ContactPerson),
            ["contact_phone"] = Text(provider.Phone),
            ["is_actionable"] = Has(provider.DirectLine) || Has(provider.Email),
        };
    }

    /// <summary>The urgent-review attestation: the reason, the time of submission and the requested 72-hour turnaround.</summary>
    private static ScriptObject Urgent(PreAuthCase @case)
    {
        var urgent = @case.ReviewType == ReviewType.Urgent || @case.Appeal?.Expedited == true;
        var at = @case.SubmittedAt;
        var sent = at is { } time ? $"{Formats.Date(@case.SubmittedOn)} at {Formats.Time(time)}" : Formats.Date(@case.SubmittedOn);
        var due = DecisionTimeframes.AddDays(@case.SubmittedOn, 4) is null
            ? ""
            : at is { } t
                ? $"{Formats.Date(DateOnly.FromDateTime(@case.SubmittedOn.ToDateTime(t).AddHours(72)))} at {Formats.Time(t)}"
                : Formats.Date(@case.SubmittedOn.AddDays(3));
        return new ScriptObject
        {
            ["is_urgent"] = urgent,
            ["reason"] = Text((string.IsNullOrWhiteSpace(@case.Appeal?.UrgencyReason) ? @case.UrgencyReason : @case.Appeal.UrgencyReason)?.Trim().TrimEnd('.')),
            ["sent"] = sent,
            ["due"] = due,
        };
    }

    private static string Text(string? value) => MarkdownText.Escape(value?.Trim());

    private static bool Has(string? value) => !string.IsNullOrWhiteSpace(value);

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
