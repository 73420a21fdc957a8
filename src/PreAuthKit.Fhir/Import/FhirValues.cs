using System.Globalization;
using Hl7.Fhir.Model;
using PreAuthKit.Model;

namespace PreAuthKit.Fhir.Import;

/// <summary>Conversions from FHIR data types to the case model's values.</summary>
internal static class FhirValues
{
    /// <summary>A full date (YYYY-MM-DD, optionally with a time) as a <see cref="DateOnly"/>; partial dates give <see langword="null"/>.</summary>
    public static DateOnly? Date(string? value)
        => value is { Length: >= 10 } && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static string? Phone(IEnumerable<ContactPoint> telecom, ContactPoint.ContactPointSystem system)
        => telecom.FirstOrDefault(t => t.System == system && !string.IsNullOrWhiteSpace(t.Value))?.Value;

    public static Model.Address? Address(Hl7.Fhir.Model.Address? a)
    {
        if (a is null)
        {
            return null;
        }

        var lines = a.Line.Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
        return new Model.Address
        {
            Line1 = lines.Count > 0 ? lines[0] : null,
            Line2 = lines.Count > 1 ? string.Join(", ", lines.Skip(1)) : null,
            City = a.City,
            State = a.State,
            PostalCode = a.PostalCode,
        };
    }

    public static string? Npi(IEnumerable<Identifier> identifiers)
        => identifiers.FirstOrDefault(i => i.System == FhirSystems.Npi && !string.IsNullOrWhiteSpace(i.Value))?.Value;

    /// <summary>A person's name as one line: the text if given, else given names and family name.</summary>
    public static string? PersonName(IEnumerable<HumanName> names)
    {
        var n = names.FirstOrDefault(x => x.Use == HumanName.NameUse.Official) ?? names.FirstOrDefault();
        if (n is null)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(n.Text))
        {
            return n.Text;
        }

        var parts = n.Prefix.Concat(n.Given).Append(n.Family).Where(p => !string.IsNullOrWhiteSpace(p));
        var name = string.Join(' ', parts);
        var suffix = string.Join(", ", n.Suffix.Where(s => !string.IsNullOrWhiteSpace(s)));
        return suffix.Length > 0 ? $"{name}, {suffix}" : name.Length > 0 ? name : null;
    }

    public static string? Text(CodeableConcept? concept)
        => concept is null ? null : !string.IsNullOrWhiteSpace(concept.Text) ? concept.Text : concept.Coding.FirstOrDefault(c => !string.IsNullOrWhiteSpace(c.Display))?.Display;

    public static Coding? Coding(CodeableConcept? concept, Func<string?, bool> system)
        => concept?.Coding.FirstOrDefault(c => system(c.System) && !string.IsNullOrWhiteSpace(c.Code));

    public static Sex Sex(AdministrativeGender? gender) => gender switch
    {
        AdministrativeGender.Female => Model.Sex.Female,
        AdministrativeGender.Male => Model.Sex.Male,
        AdministrativeGender.Other => Model.Sex.Other,
        _ => Model.Sex.Unknown,
    };

    /// <summary>CMS place-of-service codes (source: CMS Place of Service Code Set) to the case's place of service.</summary>
    public static PlaceOfService? PlaceOfService(string? code) => code switch
    {
        "11" => Model.PlaceOfService.Office,
        "19" or "22" => Model.PlaceOfService.OutpatientHospital,
        "24" => Model.PlaceOfService.AmbulatorySurgicalCenter,
        "21" => Model.PlaceOfService.InpatientHospital,
        "02" or "10" => Model.PlaceOfService.Telehealth,
        "99" => Model.PlaceOfService.Other,
        _ => null,
    };

    public static string PlaceOfServiceCode(PlaceOfService place) => place switch
    {
        Model.PlaceOfService.Office => "11",
        Model.PlaceOfService.OutpatientHospital => "22",
        Model.PlaceOfService.AmbulatorySurgicalCenter => "24",
        Model.PlaceOfService.InpatientHospital => "21",
        Model.PlaceOfService.Telehealth => "02",
        _ => "99",
    };

    public static string Kebab(string name) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
