using Hl7.Fhir.Model;
using PreAuthKit.Model;
using FhirPatient = Hl7.Fhir.Model.Patient;
using ModelPatient = PreAuthKit.Model.Patient;

namespace PreAuthKit.Fhir.Import;

/// <content>Patient, coverage, payer and providers.</content>
internal sealed partial class CaseAssembler
{
    private ModelPatient ReadPatient(IndexedResource item, FhirPatient p)
    {
        item.Use("name", "birthDate", "gender", "telecom", "address", "generalPractitioner");
        var name = p.Name.FirstOrDefault(n => n.Use == HumanName.NameUse.Official) ?? p.Name.FirstOrDefault();
        var first = name is null ? "" : string.Join(' ', name.Given.Where(g => !string.IsNullOrWhiteSpace(g)));
        var last = name?.Family ?? "";
        if (name is not null && first.Length == 0 && last.Length == 0 && !string.IsNullOrWhiteSpace(name.Text))
        {
            var words = name.Text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
            last = words[^1];
            first = string.Join(' ', words[..^1]);
            ctx.Report(FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, $"{item.Path}.name",
                "The patient's name has only text; the last word was taken as the family name. Check the name.");
        }

        if (p.Name.Count > 1)
        {
            ctx.Report(FhirFindingCodes.ElementNotMapped, FhirFindingSeverity.Information, $"{item.Path}.name",
                "The patient has more than one name; the official (or first) one is used.");
        }

        var dob = FhirValues.Date(p.BirthDate);
        if (dob is null)
        {
            ctx.Report(p.BirthDate is null ? FhirFindingCodes.Missing : FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, $"{item.Path}.birthDate",
                p.BirthDate is null ? "The patient's date of birth is missing." : "The patient's date of birth is not a full date (YYYY-MM-DD).");
        }

        return new ModelPatient
        {
            FirstName = first,
            LastName = last,
            DateOfBirth = dob ?? default,
            Sex = FhirValues.Sex(p.Gender),
            Phone = FhirValues.Phone(p.Telecom, ContactPoint.ContactPointSystem.Phone),
            Address = FhirValues.Address(p.Address.FirstOrDefault(a => a.Use == Hl7.Fhir.Model.Address.AddressUse.Home) ?? p.Address.FirstOrDefault()),
        };
    }

    private string? MemberFromPatient(IndexedResource item, FhirPatient p)
    {
        var id = p.Identifier.FirstOrDefault(i => i.Type?.Coding.Any(c => c.System == FhirSystems.IdentifierType && c.Code == "MB") == true)
            ?? p.Identifier.FirstOrDefault();
        if (id is not null)
        {
            item.Use("identifier");
            ctx.Report(FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, $"{item.Path}.identifier",
                "The bundle holds no Coverage; the patient's identifier was taken as the member ID. Check it against the insurance card.");
        }

        return id?.Value;
    }

    private IndexedResource? FindCoverage(IndexedResource? claim, IndexedResource patient)
    {
        if (claim?.Resource is Claim c)
        {
            var insurance = c.Insurance.FirstOrDefault(i => i.Focal == true) ?? c.Insurance.FirstOrDefault();
            if (insurance is not null && Resolve(insurance.Coverage, claim, $"insurance[{c.Insurance.IndexOf(insurance)}].coverage") is { } hit)
            {
                return hit;
            }
        }

        return Pick<Coverage>("Coverage", r => r.Resource is Coverage cov && cov.Status == FinancialResourceStatusCodes.Active);
    }

    private (string? MemberId, string? Group, string? Plan, PlanType? Type) ReadCoverage(IndexedResource item)
    {
        var c = (Coverage)item.Resource;
        item.Use("identifier", "subscriberId", "subscriber", "class", "type", "payor", "beneficiary", "status", "relationship");
        var member = c.SubscriberId
            ?? c.Identifier.FirstOrDefault(i => i.Type?.Coding.Any(x => x.System == FhirSystems.IdentifierType && x.Code == "MB") == true)?.Value;
        string? group = null, plan = null;
        for (var i = 0; i < c.Class.Count; i++)
        {
            var cls = c.Class[i];
            var type = cls.Type?.Coding.FirstOrDefault(x => x.System == FhirSystems.CoverageClass)?.Code;
            if (type == "group" && group is null)
            {
                group = cls.Value;
                ctx.ReportUnmappedChildren(cls, $"{item.Path}.class[{i}]", "Coverage.class", "type", "value", "name");
            }
            else if (type == "plan" && plan is null)
            {
                plan = cls.Name ?? cls.Value;
                ctx.ReportUnmappedChildren(cls, $"{item.Path}.class[{i}]", "Coverage.class", "type", "value", "name");
            }
            else
            {
                ctx.Report(FhirFindingCodes.ElementNotMapped, FhirFindingSeverity.Information, $"{item.Path}.class[{i}]",
                    $"Coverage class '{type ?? "unknown"}' is not modelled by PreAuthKit (only group and plan are).");
            }
        }

        PlanType? planType = null;
        if (c.Type is { } t)
        {
            var code = FhirValues.Coding(t, s => s == FhirSystems.PlanType)?.Code;
            planType = code is null ? null : Enum.GetValues<PlanType>().Cast<PlanType?>().FirstOrDefault(v => FhirValues.Kebab(v!.Value.ToString()) == code);
            if (planType is null)
            {
                ctx.Report(FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, $"{item.Path}.type",
                    "The coverage type is not one PreAuthKit can translate to a plan type; the case says 'commercial'. Check the plan type (it decides the appeal rules).");
            }
        }

        return (member, group, plan, planType);
    }

    private IndexedResource? FindPayer(IndexedResource? claim, IndexedResource? coverage)
    {
        if (claim?.Resource is Claim c && Resolve(c.Insurer, claim, "insurer") is { } insurer)
        {
            return insurer;
        }

        if (coverage?.Resource is Coverage cov && cov.Payor.Count > 0)
        {
            return Resolve(cov.Payor[0], coverage, "payor[0]");
        }

        return null;
    }

    private Payer ReadPayer(IndexedResource item)
    {
        if (item.Resource is not Organization o)
        {
            ctx.Report(FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, item.Path,
                $"The payer is a {item.Resource.TypeName}, not an Organization; only its name could be used.");
            item.Use();
            return new Payer();
        }

        item.Use("name", "identifier", "telecom", "address", "active", "type");
        var id = o.Identifier.FirstOrDefault(i => i.Type?.Coding.Any(x => x.Code == "NIIP") == true) ?? o.Identifier.FirstOrDefault();
        return new Payer
        {
            Name = o.Name ?? "",
            PayerId = id?.Value,
            Phone = FhirValues.Phone(o.Telecom, ContactPoint.ContactPointSystem.Phone),
            Fax = FhirValues.Phone(o.Telecom, ContactPoint.ContactPointSystem.Fax),
            Address = FhirValues.Address(o.Address.FirstOrDefault()),
        };
    }

    private (Provider? Requesting, Clinic? Clinic) FindRequester(IndexedResource? claim)
    {
        IndexedResource? who = null;
        if (claim?.Resource is Claim c)
        {
            who = Resolve(c.Provider, claim, "provider");
        }

        if (who is null)
        {
            var request = ctx.Index.OfType<ServiceRequest>().FirstOrDefault();
            if (request is not null)
            {
                who = Resolve(((ServiceRequest)request.Resource).Requester, request, "requester");
            }
        }

        who ??= ctx.Index.OfType<PractitionerRole>().FirstOrDefault() ?? ctx.Index.OfType<Practitioner>().FirstOrDefault();
        if (who is null)
        {
            ctx.Report(FhirFindingCodes.Missing, FhirFindingSeverity.Warning, claim is not null ? $"{claim.Path}.provider" : "Bundle.entry",
                "No requesting provider was found (Claim.provider, ServiceRequest.requester or a PractitionerRole).");
            return (null, null);
        }

        if (who.Resource is Organization org)
        {
            // PAS requestor organization: it is the clinic and, lacking a practitioner, the requesting provider.
            var clinic = ReadClinic(who, org);
            return (ProviderFromOrganization(who, org), clinic);
        }

        Clinic? clinicOfRole = null;
        if (who.Resource is PractitionerRole role && Resolve(role.Organization, who, "organization") is { Resource: Organization o } orgItem)
        {
            clinicOfRole = ReadClinic(orgItem, o);
        }

        return (ReadProvider(who), clinicOfRole);
    }

    private Provider? FindServicing(IndexedResource? claim)
    {
        if (claim?.Resource is Claim c && c.CareTeam.Count > 0)
        {
            var member = c.CareTeam.FirstOrDefault(m => m.Role?.Coding.Any(x => x.Code == "primary") == true) ?? c.CareTeam[0];
            var index = c.CareTeam.IndexOf(member);
            for (var i = 0; i < c.CareTeam.Count; i++)
            {
                if (i != index)
                {
                    ctx.Report(FhirFindingCodes.ElementNotMapped, FhirFindingSeverity.Information, $"{claim.Path}.careTeam[{i}]",
                        "PreAuthKit models one servicing provider; this care-team member is left out.");
                }
            }

            return Resolve(member.Provider, claim, $"careTeam[{index}].provider") is { } hit ? ReadProvider(hit) : null;
        }

        var request = ctx.Index.OfType<ServiceRequest>().FirstOrDefault();
        if (request?.Resource is ServiceRequest sr && sr.Performer.Count > 0 && Resolve(sr.Performer[0], request, "performer[0]") is { } performer)
        {
            return ReadProvider(performer);
        }

        return null;
    }

    private Provider? ReadPrimaryCare(IndexedResource patient)
    {
        var p = (FhirPatient)patient.Resource;
        return p.GeneralPractitioner.Count > 0 && Resolve(p.GeneralPractitioner[0], patient, "generalPractitioner[0]") is { } hit ? ReadProvider(hit) : null;
    }

    private Provider ReadProvider(IndexedResource item)
    {
        switch (item.Resource)
        {
            case PractitionerRole role:
                item.Use("practitioner", "organization", "specialty", "telecom", "code", "active", "location", "availabilityExceptions");
                var practitioner = Resolve(role.Practitioner, item, "practitioner");
                var person = practitioner is not null ? ReadProvider(practitioner) : new Provider();
                var npi = person.Npi.Length > 0 ? person.Npi : FhirValues.Npi(role.Identifier) ?? "";
                if (role.Identifier.Count > 0)
                {
                    item.Use("identifier");
                }

                CheckNpi(npi, practitioner ?? item);
                return person with
                {
                    Npi = npi,
                    Specialty = role.Specialty.Select(FhirValues.Text).FirstOrDefault(s => s is not null) ?? person.Specialty,
                    Phone = FhirValues.Phone(role.Telecom, ContactPoint.ContactPointSystem.Phone) ?? person.Phone,
                    Fax = FhirValues.Phone(role.Telecom, ContactPoint.ContactPointSystem.Fax) ?? person.Fax,
                    Email = FhirValues.Phone(role.Telecom, ContactPoint.ContactPointSystem.Email) ?? person.Email,
                    Availability = string.IsNullOrWhiteSpace(role.AvailabilityExceptions) ? null : role.AvailabilityExceptions,
                };
            case Practitioner pr:
                item.Use("name", "identifier", "telecom", "address", "active", "qualification");
                return new Provider
                {
                    Name = FhirValues.PersonName(pr.Name) ?? "",
                    Npi = FhirValues.Npi(pr.Identifier) ?? "",
                    Specialty = pr.Qualification.Select(q => FhirValues.Text(q.Code)).FirstOrDefault(s => s is not null),
                    Phone = FhirValues.Phone(pr.Telecom, ContactPoint.ContactPointSystem.Phone),
                    Fax = FhirValues.Phone(pr.Telecom, ContactPoint.ContactPointSystem.Fax),
                    Email = FhirValues.Phone(pr.Telecom, ContactPoint.ContactPointSystem.Email),
                    Address = FhirValues.Address(pr.Address.FirstOrDefault()),
                };
            case Organization org:
                var provider = ProviderFromOrganization(item, org);
                CheckNpi(provider.Npi, item);
                return provider;
            default:
                ctx.Report(FhirFindingCodes.ValueNotConverted, FhirFindingSeverity.Warning, item.Path,
                    $"A provider was expected here, but the reference points to a {item.Resource.TypeName}.");
                return new Provider();
        }
    }

    private static Provider ProviderFromOrganization(IndexedResource item, Organization o)
    {
        item.Use("name", "identifier", "telecom", "address", "active", "type");
        return new Provider
        {
            Name = o.Name ?? "",
            Npi = FhirValues.Npi(o.Identifier) ?? "",
            Phone = FhirValues.Phone(o.Telecom, ContactPoint.ContactPointSystem.Phone),
            Fax = FhirValues.Phone(o.Telecom, ContactPoint.ContactPointSystem.Fax),
            Address = FhirValues.Address(o.Address.FirstOrDefault()),
        };
    }

    private static Clinic ReadClinic(IndexedResource item, Organization o)
    {
        var p = ProviderFromOrganization(item, o);
        return new Clinic { Name = p.Name, Npi = p.Npi.Length > 0 ? p.Npi : null, Phone = p.Phone, Fax = p.Fax, Address = p.Address };
    }

    private void CheckNpi(string npi, IndexedResource item)
    {
        if (npi.Length == 0)
        {
            ctx.Report(FhirFindingCodes.Missing, FhirFindingSeverity.Warning, $"{item.Path}.identifier",
                $"The {item.Resource.TypeName} has no NPI identifier (system {FhirSystems.Npi}).");
        }
    }
}
