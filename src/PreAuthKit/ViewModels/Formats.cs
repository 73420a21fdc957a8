using System.Globalization;
using PreAuthKit.Model;

namespace PreAuthKit.ViewModels;

/// <summary>How dates and codes print in letters (US conventions, invariant culture).</summary>
internal static class Formats
{
    public static string Date(DateOnly date) => date.ToString("MM/dd/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    /// <summary>A period: both dates, "from"/"until" with one, empty with none.</summary>
    public static string Period(DateOnly? from, DateOnly? to) => (from, to) switch
    {
        ({ } f, { } t) when f == t => Date(f),
        ({ } f, { } t) => $"{Date(f)} to {Date(t)}",
        ({ } f, null) => $"from {Date(f)}",
        (null, { } t) => $"until {Date(t)}",
        _ => "",
    };

    /// <summary>ICD-10-CM code in its dotted form (<c>L905</c> becomes <c>L90.5</c>).</summary>
    public static string Icd10(string code)
    {
        var compact = code.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();
        return compact.Length > 3 ? $"{compact[..3]}.{compact[3..]}" : compact;
    }

    /// <summary>CPT/HCPCS code, upper case, trimmed.</summary>
    public static string ProcedureCode(string code) => code.Trim().ToUpperInvariant();

    /// <summary>Modifiers joined with commas (<c>LT, 59</c>), upper case.</summary>
    public static string Modifiers(IEnumerable<string> modifiers)
        => string.Join(", ", modifiers.Where(m => !string.IsNullOrWhiteSpace(m)).Select(m => m.Trim().ToUpperInvariant()));

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count with its noun, singular or plural (<c>1 day</c>, <c>3 days</c>): never "day(s)".</summary>
    public static string Count(int value, string singular, string plural) => $"{Count(value)} {(Math.Abs(value) == 1 ? singular : plural)}";

    /// <summary>A time of day, 24-hour (<c>14:05</c>).</summary>
    public static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    /// <summary>A measured value without trailing zeros (<c>40</c>, <c>2.5</c>).</summary>
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string PlaceOfService(PlaceOfService place) => place switch
    {
        Model.PlaceOfService.Office => "Office (11)",
        Model.PlaceOfService.OutpatientHospital => "Outpatient hospital (22)",
        Model.PlaceOfService.AmbulatorySurgicalCenter => "Ambulatory surgical center (24)",
        Model.PlaceOfService.InpatientHospital => "Inpatient hospital (21)",
        Model.PlaceOfService.Telehealth => "Telehealth (10)",
        _ => "Other (99)",
    };

    public static string Sex(Sex sex) => sex switch
    {
        Model.Sex.Female => "Female",
        Model.Sex.Male => "Male",
        Model.Sex.Other => "Other",
        _ => "Not recorded",
    };

    public static string ReviewType(ReviewType type) => type == Model.ReviewType.Urgent ? "Urgent" : "Standard";

    public static string RequestType(RequestType type) => type switch
    {
        Model.RequestType.Extension => "Extension / renewal",
        Model.RequestType.Amendment => "Amendment",
        _ => "Initial",
    };

    public static string PlanType(PlanType type) => type switch
    {
        Model.PlanType.Erisa => "Employer plan (ERISA)",
        Model.PlanType.AcaIndividual => "ACA individual plan",
        Model.PlanType.Medicare => "Original Medicare",
        Model.PlanType.MedicareAdvantage => "Medicare Advantage",
        Model.PlanType.Medicaid => "Medicaid",
        _ => "Commercial",
    };

    public static string AppealLevel(AppealLevel level) => level switch
    {
        Model.AppealLevel.SecondInternal => "Second-level internal appeal",
        Model.AppealLevel.ExternalReview => "External review by an independent review organization",
        Model.AppealLevel.MedicareRedetermination => "Medicare redetermination",
        _ => "First-level internal appeal",
    };

    public static string AppealLevelKey(AppealLevel level) => level switch
    {
        Model.AppealLevel.SecondInternal => "second-internal",
        Model.AppealLevel.ExternalReview => "external-review",
        Model.AppealLevel.MedicareRedetermination => "medicare-redetermination",
        _ => "first-internal",
    };

    public static string Channel(RequestChannel channel) => channel switch
    {
        RequestChannel.Portal => "the payer's provider portal",
        RequestChannel.Electronic => "electronic request (X12 278 / HL7 Da Vinci PAS)",
        RequestChannel.Phone => "telephone",
        RequestChannel.Mail => "mail",
        _ => "fax",
    };

    public static string Address(Address? address) => address is null
        ? ""
        : Join(", ", address.Line1, address.Line2, address.City, Join(" ", address.State, address.PostalCode));

    public static string Join(string separator, params string?[] parts)
        => string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
