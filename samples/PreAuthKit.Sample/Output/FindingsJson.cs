using System.Text;
using System.Text.Json;

namespace PreAuthKit.Sample.Output;

/// <summary>
/// The machine-readable form of <c>validate --format json</c>:
/// <c>{ "case", "status", "errors", "warnings", "sections": [ { "section", "findings": [ { "severity", "code", "path", "message" } ] } ] }</c>.
/// </summary>
internal static class FindingsJson
{
    public static string Write(string caseName, string status, IReadOnlyList<ValidationFinding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("case", caseName);
            json.WriteString("status", status);
            json.WriteNumber("errors", findings.Count(f => f.Severity == FindingSeverity.Error));
            json.WriteNumber("warnings", findings.Count(f => f.Severity == FindingSeverity.Warning));
            json.WriteStartArray("sections");
            foreach (var section in findings.GroupBy(f => f.Section))
            {
                json.WriteStartObject();
                json.WriteString("section", section.Key.Title());
                json.WriteStartArray("findings");
                foreach (var finding in section)
                {
                    json.WriteStartObject();
                    json.WriteString("severity", FindingText.Severity(finding.Severity));
                    json.WriteString("code", finding.Code);
                    json.WriteString("path", finding.Path);
                    json.WriteString("message", finding.Message);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
