using Hl7.Fhir.Model;
using PreAuthKit.Model;
using FhirProcedure = Hl7.Fhir.Model.Procedure;
using ModelProcedure = PreAuthKit.Model.Procedure;

namespace PreAuthKit.Fhir.Import;

/// <content>Diagnoses, requested services, prior treatments, encounters and observations.</content>
internal sealed partial class CaseAssembler
{
    private List<Diagnosis> ClaimDiagnoses(IndexedResource claim)
    {
        var c = (Claim)claim.Resource;
        var result = new List<Diagnosis>();
        for (var i = 0; i < c.Diagnosis.Count; i++)
        {
            var d = c.Diagnosis[i];
            var path = $"{claim.Path}.diagnosis[{i}]";
            var principal = d.Type.Any(t => t.Coding.Any(x => x.Code is "principal" or "ABK" or "BK"));
            ctx.ReportUnmappedChildren(d, path, "Claim.diagnosis", "sequence", "diagnosis", "type");
            Diagnosis? dx = d.Diagnosis switch
            {
                CodeableConcept cc => FromConcept(cc, $"{path}.diagnosisCodeableConcept", principal),
                ResourceReference r when Resolve(r, claim, $"diagnosis[{i}].diagnosisReference") is { Resource: Condition } cond => FromCondition(cond, principal),
                _ => null,
            };
            if (dx is not null)
            {
                result.Add(dx);
            }
        }

        return MarkPrimary(result);
    }

    private List<Diagnosis> ConditionDiagnoses()
    {
        var result = new List<Diagnosis>();
        foreach (var item in ctx.Index.OfType<Condition>())
        {
            if (item.Used)
            {
                continue;
            }

            var c = (Condition)item.Resource;
            if (OtherPatient(item, c.Subject))
            {
                continue;
            }

            var status = c.ClinicalStatus?.Coding.FirstOrDefault()?.Code;
            if (status is "inactive" or "resolved" or "remission")
            {
                item.Use("clinicalStatus");
                ctx.Report(FhirFindingCodes.ResourceNotMapped, FhirFindingSeverity.Information, item.Path,
                    $"The condition's clinical status is '{status}'; only active conditions become diagnoses.");
                item.Mapped.UnionWith(c.EnumerateElements().Select(e => e.Key));
                continue;
            }

            if (FromCondition(item, false) is { } dx)
            {
                result.Add(dx);
            }
        }

        return MarkPrimary(result);
    }

    private static List<Diagnosis> MarkPrimary(List<Diagnosis> list)
        => list.Count > 0 && !list.Any(d => d.Primary) ? [list[0] with { Primary = true }, .. list.Skip(1)] : list;

    private Diagnosis? FromCondition(IndexedResource item, bool principal)
    {
        var c = (Condition)item.Resource;
        item.Use("code", "clinicalStatus", "verificationStatus", "category", "subject", "onset", "recordedDate", "encounter");
        if (c.Onset is not null && fields.History.Onset is null && FhirValues.Date((c.Onset as FhirDateTime)?.Value) is { } onset && principal)
        {
            fields.History = fields.History with { Onset = onset };
        }

        return c.Code is null
            ? Report(item.Path + ".code")
            : FromConcept(c.Code, item.Path + ".code", principal);

        Diagnosis? Report(string path)
        {
            ctx.Report(FhirFindingCodes.NoIcd10Cm, FhirFindingSeverity.Warning, path, "The condition has no code, so it cannot become a diagnosis.");
            return null;
        }
    }

    private Diagnosis? FromConcept(CodeableConcept cc, string path, bool principal)
    {
        var icd = FhirValues.Coding(cc, s => s == FhirSystems.Icd10Cm);
        if (icd is null)
        {
            var systems = string.Join(", ", cc.Coding.Select(x => x.System ?? "no system").Distinct());
            ctx.Report(FhirFindingCodes.NoIcd10Cm, FhirFindingSeverity.Warning, path,
                $"The diagnosis has no ICD-10-CM coding (codings: {(systems.Length > 0 ? systems : "none")}). PreAuthKit does not translate other code systems: add the ICD-10-CM code.");
            return null;
        }

        return new Diagnosis { Code = icd.Code!, Description = icd.Display ?? (string.IsNullOrWhiteSpace(cc.Text) ? null : cc.Text), Primary = principal };
    }

    private List<ModelProcedure> ClaimItems(IndexedResource claim)
    {
        var c = (Claim)claim.Resource;
        var result = new List<ModelProcedure>();
        for (var i = 0; i < c.Item.Count; i++)
        {
            var item = c.Item[i];
            var path = $"{claim.Path}.item[{i}]";
            ctx.ReportUnmappedChildren(item, path, "Claim.item", "extension", "sequence", "careTeamSequence", "diagnosisSequence", "category", "productOrService", "modifier", "quantity", "serviced", "location");
            ctx.ReportExtensions(item.Extension, path, FhirSystems.ExtRequestType, FhirSystems.ExtCertificationType, FhirSystems.ExtAuthorizationNumber);
            var proc = FromService(item.ProductOrService, $"{path}.productOrService", item.Modifier, $"{path}.modifier", item.Quantity?.Value, $"{path}.quantity", item.Serviced, $"{path}.serviced");
            if (proc is null)
            {
                continue;
            }

            if (item.Location is CodeableConcept loc)
            {
                var code = FhirValues.Coding(loc, s => s == FhirSystems.PlaceOfService)?.Code;
                if (FhirValues.PlaceOfService(code) is { } pos)
                {
                    proc = proc with { PlaceOfService = pos };
                }
                else
                {
                    ctx.Report(FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, $"{path}.locationCodeableConcept",
                        $"Place of service '{code ?? "none"}' is not one PreAuthKit models (11, 19, 21, 22, 24, 02, 10, 99); the case says 'office'. Check the place of service.");
                }
            }

            result.Add(proc);
        }

        return result;
    }

    private List<ModelProcedure> RequestedServices()
    {
        var result = new List<ModelProcedure>();
        foreach (var (item, r) in AboutThePatient<ServiceRequest>(x => x.Subject))
        {
            item.Use("code", "orderDetail", "quantity", "occurrence", "status", "intent", "subject", "requester", "performer", "reasonCode", "reasonReference", "authoredOn", "insurance", "category");
            var quantity = r.Quantity as Quantity;
            if (r.Quantity is not null and not Quantity)
            {
                ctx.Report(FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, $"{item.Path}.quantity", "Only a simple quantity can become the number of units; the case says 1.");
            }

            var proc = FromService(r.Code, $"{item.Path}.code", r.OrderDetail, $"{item.Path}.orderDetail", quantity?.Value, $"{item.Path}.quantity", r.Occurrence, $"{item.Path}.occurrence");
            if (proc is not null)
            {
                result.Add(proc);
            }
        }

        if (result.Count == 0)
        {
            foreach (var item in ctx.Index.OfType<FhirProcedure>().Where(p => ((FhirProcedure)p.Resource).Status == EventStatus.Preparation && !OtherPatient(p, ((FhirProcedure)p.Resource).Subject)))
            {
                var p = (FhirProcedure)item.Resource;
                item.Use("code", "status", "subject", "performed");
                var proc = FromService(p.Code, $"{item.Path}.code", [], $"{item.Path}.code", null, "", p.Performed, $"{item.Path}.performed");
                if (proc is not null)
                {
                    result.Add(proc);
                }
            }
        }

        return result;
    }

    private ModelProcedure? FromService(CodeableConcept? code, string path, List<CodeableConcept> modifiers, string modifierPath, decimal? quantity, string quantityPath, DataType? when, string whenPath)
    {
        var coding = FhirValues.Coding(code, FhirSystems.IsProcedureCodeSystem);
        if (coding is null)
        {
            var systems = string.Join(", ", code?.Coding.Select(x => x.System ?? "no system").Distinct() ?? []);
            ctx.Report(FhirFindingCodes.NoProcedureCode, FhirFindingSeverity.Warning, path,
                $"The service has no CPT or HCPCS coding (codings: {(systems.Length > 0 ? systems : "none")}); it is left out. Add the CPT/HCPCS code.");
            return null;
        }

        var mods = new List<string>();
        for (var m = 0; m < modifiers.Count; m++)
        {
            var mod = modifiers[m].Coding.FirstOrDefault(x => !string.IsNullOrWhiteSpace(x.Code))?.Code;
            if (mod is null)
            {
                ctx.Report(FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, $"{modifierPath}[{m}]", "The modifier has no code and is left out.");
                continue;
            }

            mods.Add(mod);
        }

        var units = 1;
        if (quantity is { } q)
        {
            if (q == decimal.Truncate(q) && q is >= 1 and <= int.MaxValue)
            {
                units = (int)q;
            }
            else
            {
                ctx.Report(FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, quantityPath, "The quantity is not a whole number of at least 1; the case says 1 unit. Check the units.");
            }
        }

        DateOnly? start = null, end = null;
        switch (when)
        {
            case Period period:
                start = FhirValues.Date(period.Start);
                end = FhirValues.Date(period.End);
                break;
            case FhirDateTime dt:
                start = end = FhirValues.Date(dt.Value);
                break;
            case Date d:
                start = end = FhirValues.Date(d.Value);
                break;
            case null:
                break;
            default:
                ctx.Report(FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, whenPath, $"Service dates given as {when.TypeName} are not modelled; give a date or a period.");
                break;
        }

        var description = !string.IsNullOrWhiteSpace(code!.Text) ? code.Text : coding.Display;
        return new ModelProcedure { Code = coding.Code!, Modifiers = mods, Description = description, Units = units, StartDate = start, EndDate = end };
    }

    private List<PriorTreatment> PriorTreatments()
    {
        var result = new List<PriorTreatment>();
        foreach (var item in ctx.Index.OfType<FhirProcedure>())
        {
            var p = (FhirProcedure)item.Resource;
            if (item.Used || OtherPatient(item, p.Subject) || p.Status is not (EventStatus.Completed or EventStatus.InProgress or EventStatus.Stopped or EventStatus.Unknown))
            {
                continue;
            }

            item.Use("code", "status", "subject", "performed", "outcome", "meta");
            var name = FhirValues.Text(p.Code) ?? p.Code?.Coding.FirstOrDefault()?.Code;
            if (name is null)
            {
                ctx.Report(FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, $"{item.Path}.code", "The procedure has no text or display name, so it cannot be listed as a prior treatment.");
                continue;
            }

            DateOnly? start = null, end = null;
            switch (p.Performed)
            {
                case Period period:
                    start = FhirValues.Date(period.Start);
                    end = FhirValues.Date(period.End);
                    break;
                case FhirDateTime dt:
                    start = end = FhirValues.Date(dt.Value);
                    break;
            }

            result.Add(new PriorTreatment { Treatment = name, StartedOn = start, EndedOn = end, Outcome = FhirValues.Text(p.Outcome) });
        }

        return result;
    }

    private (DateOnly? Start, DateOnly? End)? ReadEncounters()
    {
        (DateOnly? Start, DateOnly? End)? result = null;
        foreach (var (item, e) in AboutThePatient<Encounter>(x => x.Subject))
        {
            item.Use("period", "status", "subject");
            result ??= e.Period is null ? null : (FhirValues.Date(e.Period.Start), FhirValues.Date(e.Period.End));
        }

        return result;
    }

    /// <summary>
    /// Observations that are measurements: PreAuthKit's own kind codes, LOINC 72514-3 (pain score), or any
    /// observation of category <c>exam</c> with a quantity (kind "other", named by its code). Vital signs, labs and
    /// the rest are reported as not modelled.
    /// </summary>
    private List<Measurement> ReadObservations()
    {
        var result = new List<Measurement>();
        foreach (var (item, o) in AboutThePatient<Observation>(x => x.Subject))
        {
            var kindCode = FhirValues.Coding(o.Code, s => s == FhirSystems.MeasurementKind)?.Code;
            MeasurementKind? kind = kindCode is null ? null : Enum.GetValues<MeasurementKind>().Cast<MeasurementKind?>().FirstOrDefault(k => FhirValues.Kebab(k!.Value.ToString()) == kindCode);
            if (kind is null && o.Code?.Coding.Any(c => c.System == FhirSystems.Loinc && c.Code == FhirSystems.PainLoinc) == true)
            {
                kind = MeasurementKind.PainScore;
            }

            var exam = o.Category.Any(c => c.Coding.Any(x => x.System == FhirSystems.ObservationCategory && x.Code == "exam"));
            if (kind is null && !(exam && o.Value is Quantity))
            {
                continue; // reported as not modelled
            }

            item.Use("status", "category", "code", "subject", "effective", "value", "method", "bodySite", "component", "encounter", "performer", "issued");
            var quantity = o.Value as Quantity;
            if (o.Value is not null and not Quantity)
            {
                ctx.Report(FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, $"{item.Path}.value",
                    $"A measurement value given as {o.Value.TypeName} is not modelled; give a quantity.");
            }

            decimal? normal = null, target = null;
            for (var i = 0; i < o.Component.Count; i++)
            {
                var component = o.Component[i];
                var field = FhirValues.Coding(component.Code, s => s == FhirSystems.MeasurementField)?.Code;
                if (field == "normal" && component.Value is Quantity n)
                {
                    normal = n.Value;
                }
                else if (field == "target" && component.Value is Quantity t)
                {
                    target = t.Value;
                }
                else
                {
                    ctx.Report(FhirFindingCodes.ElementNotMapped, FhirFindingSeverity.Information, $"{item.Path}.component[{i}]",
                        "This observation component is not modelled by PreAuthKit (only a normal value and a target are).");
                }
            }

            var date = o.Effective switch
            {
                FhirDateTime dt => FhirValues.Date(dt.Value),
                Period p => FhirValues.Date(p.Start),
                _ => null,
            };
            result.Add(new Measurement
            {
                Kind = kind ?? MeasurementKind.Other,
                Name = kindCode is not null ? o.Code!.Text : FhirValues.Text(o.Code),
                Value = quantity?.Value,
                Unit = quantity?.Unit,
                MeasuredOn = date,
                Method = FhirValues.Text(o.Method),
                NormalValue = normal,
                Target = target,
                BodySite = FhirValues.Text(o.BodySite),
            });
        }

        return result;
    }
}
