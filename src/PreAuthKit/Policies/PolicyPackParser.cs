using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace PreAuthKit.Policies;

/// <summary>
/// Reads one pack's JSON and checks it against the pack format (the same rules as
/// <c>docs/policy-pack.schema.json</c>), collecting every problem with its JSON path. Never throws
/// for bad input: the caller turns the findings into a <see cref="PolicyPackException"/>.
/// </summary>
internal sealed partial class PolicyPackParser
{
    public const string Format = "preauthkit-policy-pack/1";
    public const int MaxCriteria = 50;
    public const int MaxEvidencePerGroup = 20;
    public const int MaxDepth = 4;
    public const int MaxTextLength = 2000;
    public const int MaxListLength = 200;

    internal static readonly string[] RecordTextFields =
        ["history.condition", "history.cause", "assessment.medicalNecessity", "assessment.expectedBenefit", "treatmentPlan.rationale"];

    private static readonly string[] TopLevel = ["$schema", "format", "example", "notice", "payer", "policyId", "title", "version", "effectiveDate", "sourceUrl", "procedureCodes", "criteria"];

    private readonly List<ValidationFinding> _findings = [];

    public IReadOnlyList<ValidationFinding> Findings => _findings;

    public PolicyPack? Parse(JsonElement root)
    {
        if (!Expect(root, JsonValueKind.Object, "$"))
        {
            return null;
        }

        Unknown(root, "$", TopLevel);
        var format = RequiredString(root, "$", "format");
        if (format is not null && format != Format)
        {
            Add(PolicyFindings.UnsupportedFormat, "$.format", $"The pack format must be \"{Format}\"; this reader does not understand other versions.");
        }

        var example = OptionalBool(root, "$", "example") ?? false;
        var notice = OptionalString(root, "$", "notice");
        var payer = Payer(root);
        var policyId = RequiredString(root, "$", "policyId");
        var title = RequiredString(root, "$", "title");
        var version = OptionalString(root, "$", "version");
        var effective = OptionalDate(root, "$", "effectiveDate");
        if (version is null && effective is null && root.ValueKind == JsonValueKind.Object)
        {
            Add(PolicyFindings.MissingProperty, "$", "The pack needs a \"version\" or an \"effectiveDate\" so a letter can name the revision it answers.");
        }

        var source = SourceUrl(root);
        var codes = ProcedureCodes(root);
        var criteria = Criteria(root);
        if (_findings.Count > 0)
        {
            return null;
        }

        return new PolicyPack(payer!, policyId!, title!, version, effective, source!, codes, criteria, example, notice);
    }

    private PolicyPayer? Payer(JsonElement root)
    {
        if (!Required(root, "$", "payer", out var payer) || !Expect(payer, JsonValueKind.Object, "$.payer"))
        {
            return null;
        }

        Unknown(payer, "$.payer", ["name", "payerIds"]);
        var name = RequiredString(payer, "$.payer", "name");
        var ids = StringList(payer, "$.payer", "payerIds", required: true, IdPattern(), "a payer id (letters, digits, '-', '_' or '.')");
        if (ids is { Count: 0 })
        {
            Add(PolicyFindings.InvalidValue, "$.payer.payerIds", "List at least one payer id: packs are matched to a case by payer id.");
        }

        return name is null || ids is null ? null : new PolicyPayer(name, ids);
    }

    private Uri? SourceUrl(JsonElement root)
    {
        var text = RequiredString(root, "$", "sourceUrl");
        if (text is null)
        {
            return null;
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            Add(PolicyFindings.InvalidValue, "$.sourceUrl", "The source URL must be an absolute http or https address of the published policy.");
            return null;
        }

        return uri;
    }

    private List<string> ProcedureCodes(JsonElement root)
    {
        var codes = StringList(root, "$", "procedureCodes", required: true, ProcedureCodePattern(), "a CPT or HCPCS code (5 characters, e.g. 17999, 0479T, J3301)");
        if (codes is { Count: 0 })
        {
            Add(PolicyFindings.InvalidValue, "$.procedureCodes", "List at least one CPT/HCPCS code: packs are matched to a case by procedure code.");
        }

        return codes?.Select(c => c.ToUpperInvariant()).ToList() ?? [];
    }

    private List<PolicyCriterion> Criteria(JsonElement root)
    {
        var result = new List<PolicyCriterion>();
        if (!Required(root, "$", "criteria", out var criteria) || !Expect(criteria, JsonValueKind.Array, "$.criteria"))
        {
            return result;
        }

        var count = criteria.GetArrayLength();
        if (count == 0)
        {
            Add(PolicyFindings.InvalidValue, "$.criteria", "A pack needs at least one criterion.");
        }
        else if (count > MaxCriteria)
        {
            Add(PolicyFindings.LimitExceeded, "$.criteria", $"A pack holds at most {MaxCriteria} criteria; this one has {count}.");
            return result;
        }

        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var index = 0;
        foreach (var element in criteria.EnumerateArray())
        {
            var path = $"$.criteria[{index++}]";
            if (!Expect(element, JsonValueKind.Object, path))
            {
                continue;
            }

            Unknown(element, path, ["id", "text", "met", "evidence"]);
            var id = RequiredString(element, path, "id");
            if (id is not null && !IdPattern().IsMatch(id))
            {
                Add(PolicyFindings.InvalidValue, path + ".id", "A criterion id is 1 to 40 letters, digits, '-', '_' or '.' (e.g. C1, 2a).");
                id = null;
            }
            else if (id is not null && !ids.Add(id))
            {
                Add(PolicyFindings.DuplicateId, path + ".id", "Criterion ids must be unique within a pack (compared without regard to case).");
            }

            var text = RequiredString(element, path, "text");
            var group = Group(element, path, depth: 1, label: null);
            if (id is not null && text is not null && group is not null)
            {
                result.Add(new PolicyCriterion(id, text, group));
            }
        }

        return result;
    }

    /// <summary>A criterion or a group node: <c>met</c> (all/any, default all) and its <c>evidence</c> list.</summary>
    private PolicyRequirement? Group(JsonElement element, string path, int depth, string? label)
    {
        var any = false;
        if (element.TryGetProperty("met", out var met))
        {
            if (met.ValueKind != JsonValueKind.String || met.GetString() is not ("all" or "any"))
            {
                Add(met.ValueKind == JsonValueKind.String ? PolicyFindings.InvalidValue : PolicyFindings.WrongType, path + ".met", "\"met\" is \"all\" (every evidence item is needed) or \"any\" (one suffices).");
            }
            else
            {
                any = met.GetString() == "any";
            }
        }

        if (!Required(element, path, "evidence", out var evidence) || !Expect(evidence, JsonValueKind.Array, path + ".evidence"))
        {
            return null;
        }

        var count = evidence.GetArrayLength();
        if (count == 0)
        {
            Add(PolicyFindings.InvalidValue, path + ".evidence", "List at least one evidence item.");
            return null;
        }

        if (count > MaxEvidencePerGroup)
        {
            Add(PolicyFindings.LimitExceeded, path + ".evidence", $"A criterion or group lists at most {MaxEvidencePerGroup} evidence items; this one has {count}.");
            return null;
        }

        var children = new List<PolicyRequirement>();
        var ok = true;
        var index = 0;
        foreach (var item in evidence.EnumerateArray())
        {
            var child = Requirement(item, $"{path}.evidence[{index++}]", depth);
            ok &= child is not null;
            if (child is not null)
            {
                children.Add(child);
            }
        }

        return ok ? new PolicyRequirement { Kind = RequirementKind.Group, Path = path, Any = any, Requirements = children, Label = label } : null;
    }

    private PolicyRequirement? Requirement(JsonElement item, string path, int depth)
    {
        if (!Expect(item, JsonValueKind.Object, path))
        {
            return null;
        }

        var kindText = RequiredString(item, path, "kind");
        if (kindText is null)
        {
            return null;
        }

        var label = OptionalString(item, path, "label");
        var before = _findings.Count;
        PolicyRequirement? result;
        switch (kindText)
        {
            case "group":
                Unknown(item, path, ["kind", "label", "met", "evidence"]);
                if (depth >= MaxDepth)
                {
                    Add(PolicyFindings.LimitExceeded, path, $"Groups nest at most {MaxDepth - 1} levels below a criterion.");
                    return null;
                }

                return Group(item, path, depth + 1, label);
            case "diagnosis":
                Unknown(item, path, ["kind", "label", "codes", "ranges", "primaryOnly"]);
                var codes = StringList(item, path, "codes", required: false, IcdPattern(), "an ICD-10-CM code or category (e.g. L91.0, L91, T22.3)") ?? [];
                var ranges = Ranges(item, path);
                if (codes.Count == 0 && ranges.Count == 0 && _findings.Count == before)
                {
                    Add(PolicyFindings.MissingProperty, path, "A diagnosis item needs \"codes\" or \"ranges\" (or both).");
                }

                result = new PolicyRequirement { Kind = RequirementKind.Diagnosis, Codes = codes.Select(NormalizeIcd).ToList(), Ranges = ranges, PrimaryOnly = OptionalBool(item, path, "primaryOnly") ?? false };
                break;
            case "functionalImpairment":
            case "symptom":
                Unknown(item, path, ["kind", "label", "terms", "minCount"]);
                result = new PolicyRequirement
                {
                    Kind = kindText == "symptom" ? RequirementKind.Symptom : RequirementKind.FunctionalImpairment,
                    Terms = Terms(item, path, required: false),
                    MinCount = OptionalInt(item, path, "minCount", 1, 100) ?? 1,
                };
                break;
            case "measurement":
                Unknown(item, path, ["kind", "label", "measure", "site", "comparison", "value", "unit", "percentOfNormal"]);
                result = new PolicyRequirement
                {
                    Kind = RequirementKind.Measurement,
                    Terms = Terms(item, path, required: true, name: "measure"),
                    Site = OptionalString(item, path, "site"),
                    Comparison = ComparisonOf(item, path),
                    Value = RequiredNumber(item, path, "value"),
                    Unit = OptionalString(item, path, "unit"),
                    PercentOfNormal = OptionalBool(item, path, "percentOfNormal") ?? false,
                };
                break;
            case "priorTreatment":
                Unknown(item, path, ["kind", "label", "terms", "minCount", "minMonths", "requireOutcome"]);
                result = new PolicyRequirement
                {
                    Kind = RequirementKind.PriorTreatment,
                    Terms = Terms(item, path, required: false),
                    MinCount = OptionalInt(item, path, "minCount", 1, 100) ?? 1,
                    MinMonths = OptionalInt(item, path, "minMonths", 1, 240),
                    RequireOutcome = OptionalBool(item, path, "requireOutcome") ?? false,
                };
                break;
            case "conditionDuration":
                Unknown(item, path, ["kind", "label", "minMonths"]);
                var months = OptionalInt(item, path, "minMonths", 1, 240);
                if (months is null && !item.TryGetProperty("minMonths", out _))
                {
                    Add(PolicyFindings.MissingProperty, path + ".minMonths", "A conditionDuration item needs \"minMonths\".");
                }

                result = new PolicyRequirement { Kind = RequirementKind.ConditionDuration, MinMonths = months };
                break;
            case "photographs":
                Unknown(item, path, ["kind", "label", "minCount", "requireDated", "requireConsent", "maxAgeDays"]);
                result = new PolicyRequirement
                {
                    Kind = RequirementKind.Photographs,
                    MinCount = OptionalInt(item, path, "minCount", 1, 100) ?? 1,
                    RequireDated = OptionalBool(item, path, "requireDated") ?? true,
                    RequireConsent = OptionalBool(item, path, "requireConsent") ?? false,
                    MaxAgeDays = OptionalInt(item, path, "maxAgeDays", 1, 3650),
                };
                break;
            case "sessions":
                Unknown(item, path, ["kind", "label", "min", "max"]);
                var min = OptionalInt(item, path, "min", 1, 1000);
                var max = OptionalInt(item, path, "max", 1, 1000);
                if (min is null && max is null && _findings.Count == before)
                {
                    Add(PolicyFindings.MissingProperty, path, "A sessions item needs \"min\" or \"max\" (or both).");
                }
                else if (min > max)
                {
                    Add(PolicyFindings.InvalidValue, path + ".min", "\"min\" must not exceed \"max\".");
                }

                result = new PolicyRequirement { Kind = RequirementKind.Sessions, Min = min, Max = max };
                break;
            case "recordText":
                Unknown(item, path, ["kind", "label", "fields", "terms"]);
                var fields = StringList(item, path, "fields", required: true, null, null) ?? [];
                for (var i = 0; i < fields.Count; i++)
                {
                    if (!RecordTextFields.Contains(fields[i], StringComparer.Ordinal))
                    {
                        Add(PolicyFindings.InvalidValue, $"{path}.fields[{i}]", "A record text field is one of " + string.Join(", ", RecordTextFields) + ".");
                    }
                }

                if (fields.Count == 0 && _findings.Count == before)
                {
                    Add(PolicyFindings.InvalidValue, path + ".fields", "List at least one case field to search.");
                }

                result = new PolicyRequirement { Kind = RequirementKind.RecordText, Fields = fields, Terms = Terms(item, path, required: true) };
                break;
            case "attestation":
                Unknown(item, path, ["kind", "label", "statement"]);
                result = new PolicyRequirement { Kind = RequirementKind.Attestation, Statement = RequiredString(item, path, "statement") };
                break;
            default:
                Add(PolicyFindings.InvalidValue, path + ".kind", "Unknown evidence kind; use one of group, diagnosis, functionalImpairment, symptom, measurement, priorTreatment, conditionDuration, photographs, sessions, recordText, attestation.");
                return null;
        }

        return _findings.Count == before ? result with { Path = path, Label = label } : null;
    }

    private List<CodeRange> Ranges(JsonElement item, string path)
    {
        var result = new List<CodeRange>();
        if (!item.TryGetProperty("ranges", out var ranges) || !Expect(ranges, JsonValueKind.Array, path + ".ranges"))
        {
            return result;
        }

        if (ranges.GetArrayLength() > MaxListLength)
        {
            Add(PolicyFindings.LimitExceeded, path + ".ranges", $"At most {MaxListLength} ranges.");
            return result;
        }

        var index = 0;
        foreach (var range in ranges.EnumerateArray())
        {
            var at = $"{path}.ranges[{index++}]";
            if (!Expect(range, JsonValueKind.Object, at))
            {
                continue;
            }

            Unknown(range, at, ["from", "to"]);
            var from = RequiredString(range, at, "from");
            var to = RequiredString(range, at, "to");
            var ok = true;
            foreach (var (name, value) in new[] { ("from", from), ("to", to) })
            {
                if (value is not null && !IcdPattern().IsMatch(value))
                {
                    Add(PolicyFindings.InvalidValue, $"{at}.{name}", "A range bound is an ICD-10-CM code or category (e.g. T20, L91.0).");
                    ok = false;
                }
            }

            if (ok && from is not null && to is not null)
            {
                var range2 = new CodeRange(NormalizeIcd(from), NormalizeIcd(to));
                if (string.CompareOrdinal(range2.From, range2.To[..Math.Min(range2.To.Length, range2.From.Length)]) > 0)
                {
                    Add(PolicyFindings.InvalidValue, at, "\"from\" must not come after \"to\".");
                }
                else
                {
                    result.Add(range2);
                }
            }
        }

        return result;
    }

    private Comparison ComparisonOf(JsonElement item, string path)
    {
        var text = RequiredString(item, path, "comparison");
        switch (text)
        {
            case null: return default;
            case "lt": return Comparison.LessThan;
            case "lte": return Comparison.LessThanOrEqual;
            case "gt": return Comparison.GreaterThan;
            case "gte": return Comparison.GreaterThanOrEqual;
            default:
                Add(PolicyFindings.InvalidValue, path + ".comparison", "\"comparison\" is lt (below, exclusive), lte (at or below), gt (above, exclusive) or gte (at or above).");
                return default;
        }
    }

    private List<string> Terms(JsonElement item, string path, bool required, string name = "terms")
    {
        var terms = StringList(item, path, name, required, null, null) ?? [];
        if (required && terms.Count == 0 && item.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array)
        {
            Add(PolicyFindings.InvalidValue, $"{path}.{name}", $"List at least one term in \"{name}\".");
        }

        return terms;
    }

    /// <summary>ICD-10-CM without the dot, upper case.</summary>
    internal static string NormalizeIcd(string code) => code.Replace(".", "", StringComparison.Ordinal).Trim().ToUpperInvariant();

    private List<string>? StringList(JsonElement parent, string path, string name, bool required, Regex? pattern, string? patternText)
    {
        var at = $"{path}.{name}";
        if (!parent.TryGetProperty(name, out var list))
        {
            if (required)
            {
                Add(PolicyFindings.MissingProperty, at, $"\"{name}\" is required.");
            }

            return null;
        }

        if (!Expect(list, JsonValueKind.Array, at))
        {
            return null;
        }

        if (list.GetArrayLength() > MaxListLength)
        {
            Add(PolicyFindings.LimitExceeded, at, $"\"{name}\" holds at most {MaxListLength} entries.");
            return null;
        }

        var result = new List<string>();
        var index = 0;
        foreach (var entry in list.EnumerateArray())
        {
            var entryPath = $"{at}[{index++}]";
            if (!Expect(entry, JsonValueKind.String, entryPath))
            {
                continue;
            }

            var value = entry.GetString()!.Trim();
            if (value.Length == 0)
            {
                Add(PolicyFindings.InvalidValue, entryPath, "Entries must not be empty.");
            }
            else if (value.Length > MaxTextLength)
            {
                Add(PolicyFindings.LimitExceeded, entryPath, $"Text is limited to {MaxTextLength} characters.");
            }
            else if (pattern is not null && !pattern.IsMatch(value))
            {
                Add(PolicyFindings.InvalidValue, entryPath, $"Expected {patternText}.");
            }
            else
            {
                result.Add(value);
            }
        }

        return result;
    }

    private string? RequiredString(JsonElement parent, string path, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (!parent.TryGetProperty(name, out _))
        {
            Add(PolicyFindings.MissingProperty, $"{path}.{name}", $"\"{name}\" is required.");
            return null;
        }

        return OptionalString(parent, path, name);
    }

    private string? OptionalString(JsonElement parent, string path, string name)
    {
        if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        var at = $"{path}.{name}";
        if (!Expect(value, JsonValueKind.String, at))
        {
            return null;
        }

        var text = value.GetString()!.Trim();
        if (text.Length == 0)
        {
            Add(PolicyFindings.InvalidValue, at, $"\"{name}\" must not be empty.");
            return null;
        }

        if (text.Length > MaxTextLength)
        {
            Add(PolicyFindings.LimitExceeded, at, $"\"{name}\" is limited to {MaxTextLength} characters.");
            return null;
        }

        return text;
    }

    private DateOnly? OptionalDate(JsonElement parent, string path, string name)
    {
        var text = OptionalString(parent, path, name);
        if (text is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            Add(PolicyFindings.InvalidValue, $"{path}.{name}", $"\"{name}\" is a date written YYYY-MM-DD.");
            return null;
        }

        return date;
    }

    private bool? OptionalBool(JsonElement parent, string path, string name)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Add(PolicyFindings.WrongType, $"{path}.{name}", $"\"{name}\" is true or false.");
            return null;
        }

        return value.GetBoolean();
    }

    private int? OptionalInt(JsonElement parent, string path, string name, int min, int max)
    {
        if (!parent.TryGetProperty(name, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            Add(PolicyFindings.WrongType, $"{path}.{name}", $"\"{name}\" is a whole number.");
            return null;
        }

        if (number < min || number > max)
        {
            Add(PolicyFindings.InvalidValue, $"{path}.{name}", $"\"{name}\" is between {min} and {max}.");
            return null;
        }

        return number;
    }

    private decimal RequiredNumber(JsonElement parent, string path, string name)
    {
        if (!Required(parent, path, name, out var value))
        {
            return 0;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out var number))
        {
            Add(PolicyFindings.WrongType, $"{path}.{name}", $"\"{name}\" is a number.");
            return 0;
        }

        return number;
    }

    private bool Required(JsonElement parent, string path, string name, out JsonElement value)
    {
        value = default;
        if (parent.ValueKind != JsonValueKind.Object)
        {
            return false;
        }

        if (!parent.TryGetProperty(name, out value))
        {
            Add(PolicyFindings.MissingProperty, $"{path}.{name}", $"\"{name}\" is required.");
            return false;
        }

        return true;
    }

    private bool Expect(JsonElement element, JsonValueKind kind, string path)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }

        var expected = kind switch
        {
            JsonValueKind.Object => "an object",
            JsonValueKind.Array => "an array",
            JsonValueKind.String => "a string",
            _ => "a number",
        };
        Add(PolicyFindings.WrongType, path, $"Expected {expected} here.");
        return false;
    }

    private void Unknown(JsonElement element, string path, string[] allowed)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                // The property name is pack data, not patient data; still, only a short, sanitized form is echoed.
                Add(PolicyFindings.UnknownProperty, $"{path}.{SafeName(property.Name)}", "Unknown property (check its spelling against docs/policies.md); allowed here: " + string.Join(", ", allowed) + ".");
            }
        }
    }

    private static string SafeName(string name)
    {
        var clean = new string(name.Where(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '$').Take(40).ToArray());
        return clean.Length == 0 ? "?" : clean;
    }

    private void Add(Validation.Findings.FindingDefinition code, string path, string message) => _findings.Add(PolicyFindings.Pack(code, path, message));

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$")]
    internal static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9]{5}$")]
    private static partial Regex ProcedureCodePattern();

    [GeneratedRegex("^[A-Za-z][0-9][0-9A-Za-z](\\.?[0-9A-Za-z]{1,4})?$")]
    private static partial Regex IcdPattern();
}
