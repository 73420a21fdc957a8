using System.Text;
using System.Text.Json;
using PreAuthKit.Policies;

namespace PreAuthKit.Sample.Output;

/// <summary>
/// The machine-readable form of <c>validate --format json</c>:
/// <c>{ "case", "status", "errors", "warnings", "sections": [ { "section", "findings": [ { "severity", "code", "path", "message" } ] } ] }</c>,
/// and with a matching policy pack <c>"policy": { "id", "title", "example", "criteria": [ { "id", "status", "evidence": [..], "missing": [..] } ] }</c>.
/// </summary>
internal static class FindingsJson
{
    public static string Write(string caseName, string status, IReadOnlyList<ValidationFinding> findings, PolicyEvaluation? policy = null)
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
            if (policy is not null)
            {
                WritePolicy(json, policy);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WritePolicy(Utf8JsonWriter json, PolicyEvaluation policy)
    {
        json.WriteStartObject("policy");
        json.WriteString("id", policy.Pack.PolicyId);
        json.WriteString("title", policy.Pack.Title);
        json.WriteBoolean("example", policy.Pack.IsExample);
        json.WriteStartArray("criteria");
        foreach (var result in policy.Criteria)
        {
            json.WriteStartObject();
            json.WriteString("id", result.Criterion.Id);
            json.WriteString("status", PolicyTable.Status(result.Status));
            json.WriteStartArray("evidence");
            foreach (var evidence in result.Evidence)
            {
                json.WriteStringValue(evidence.Summary);
            }

            json.WriteEndArray();
            json.WriteStartArray("missing");
            foreach (var gap in result.Gaps)
            {
                json.WriteStringValue(gap);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }
}
