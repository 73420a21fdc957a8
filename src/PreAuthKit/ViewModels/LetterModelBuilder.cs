using PreAuthKit.Layout;
using PreAuthKit.Model;
using Scriban.Runtime;

namespace PreAuthKit.ViewModels;

/// <summary>
/// Builds the view model a template sees. The template never sees the raw records: every string
/// that came from the case is escaped for Markdown here, and dates are formatted here.
/// </summary>
internal static class LetterModelBuilder
{
    public static LetterModel ForPreAuthorization(PreAuthCase @case)
    {
        var script = new ScriptObject
        {
            ["submitted_on"] = Formats.Date(@case.SubmittedOn),
            ["review_type"] = @case.ReviewType == ReviewType.Urgent ? "Urgent" : "Standard",
            ["request_type"] = @case.RequestType.ToString(),
            ["payer"] = Payer(@case.Payer),
            ["patient"] = Patient(@case.Patient),
            ["requesting_provider"] = Provider(@case.RequestingProvider),
            ["servicing_provider"] = Provider(@case.ServicingProvider),
            ["diagnoses"] = List(@case.Diagnoses.OrderByDescending(d => d.Primary).Select(Diagnosis)),
            ["procedures"] = List(@case.Procedures.Select(Procedure)),
            ["medical_necessity"] = MarkdownText.Escape(@case.Assessment.MedicalNecessity),
        };

        return new LetterModel(script, Furniture(@case, "Pre-authorization request"));
    }

    internal static PageFurniture Furniture(PreAuthCase @case, string kind)
    {
        var letterhead = new List<string>();
        if (@case.Clinic is { } clinic)
        {
            letterhead.Add(clinic.Name);
            letterhead.Add(Join(", ", AddressLine(clinic.Address), Labeled("Phone", clinic.Phone), Labeled("Fax", clinic.Fax), Labeled("NPI", clinic.Npi)));
        }
        else
        {
            var provider = @case.RequestingProvider;
            letterhead.Add(provider.Name);
            letterhead.Add(Join(", ", AddressLine(provider.Address), Labeled("Phone", provider.Phone), Labeled("Fax", provider.Fax), Labeled("NPI", provider.Npi)));
        }

        var patient = @case.Patient;
        var header = $"Patient: {patient.LastName}, {patient.FirstName}  |  DOB: {Formats.Date(patient.DateOfBirth)}  |  Member ID: {patient.MemberId}";
        return new PageFurniture(letterhead.Where(l => l.Length > 0).ToList(), header, DocumentReferences.For(@case, kind));
    }

    private static ScriptObject Payer(Payer payer) => new()
    {
        ["name"] = MarkdownText.Escape(payer.Name),
        ["phone"] = MarkdownText.Escape(payer.Phone),
        ["fax"] = MarkdownText.Escape(payer.Fax),
    };

    private static ScriptObject Patient(Patient patient) => new()
    {
        ["full_name"] = MarkdownText.Escape($"{patient.FirstName} {patient.LastName}".Trim()),
        ["date_of_birth"] = Formats.Date(patient.DateOfBirth),
        ["member_id"] = MarkdownText.Escape(patient.MemberId),
        ["group_number"] = MarkdownText.Escape(patient.GroupNumber),
    };

    private static ScriptObject Provider(Provider provider) => new()
    {
        ["name"] = MarkdownText.Escape(provider.Name),
        ["npi"] = MarkdownText.Escape(provider.Npi),
        ["specialty"] = MarkdownText.Escape(provider.Specialty),
    };

    private static ScriptObject Diagnosis(Diagnosis diagnosis) => new()
    {
        ["code"] = MarkdownText.Escape(Formats.Icd10(diagnosis.Code)),
        ["description"] = MarkdownText.Escape(diagnosis.Description),
        ["primary"] = diagnosis.Primary,
    };

    private static ScriptObject Procedure(Procedure procedure) => new()
    {
        ["code"] = MarkdownText.Escape(procedure.Code),
        ["description"] = MarkdownText.Escape(procedure.Description),
        ["units"] = procedure.Units,
    };

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

    private static string AddressLine(Address? address) => address is null
        ? ""
        : Join(", ", address.Line1, address.Line2, address.City, Join(" ", address.State, address.PostalCode));

    private static string Join(string separator, params string?[] parts)
        => string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
