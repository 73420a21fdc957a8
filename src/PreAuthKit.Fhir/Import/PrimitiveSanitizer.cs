using System.Collections;
using System.Reflection;
using Hl7.Fhir.Model;

namespace PreAuthKit.Fhir.Import;

/// <summary>
/// The recoverable FHIR parser keeps a primitive whose JSON value has the wrong type or format (a date written as a
/// number, an unknown gender code) and throws only when its typed value is read. This pass reads every primitive once,
/// clears the ones that cannot be read and reports each with its FHIR path, so the mapping never meets an exception.
/// </summary>
internal static class PrimitiveSanitizer
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, PropertyInfo?> ValueProperties = new();

    public static void Sanitize(Base root, string path, List<FhirFinding> findings) => Walk(root, path, findings, 0);

    private static void Walk(Base node, string path, List<FhirFinding> findings, int depth)
    {
        if (depth > 64)
        {
            return;
        }

        foreach (var (name, value) in node.EnumerateElements().ToList())
        {
            if (value is IEnumerable list and not string and not byte[])
            {
                var i = 0;
                foreach (var item in list.Cast<object>().ToList())
                {
                    Visit(node, item, $"{path}.{name}[{i}]", findings, depth);
                    i++;
                }
            }
            else
            {
                Visit(node, value, $"{path}.{name}", findings, depth);
            }
        }
    }

    private static void Visit(Base parent, object? value, string path, List<FhirFinding> findings, int depth)
    {
        switch (value)
        {
            case PrimitiveType primitive:
                if (!Readable(primitive))
                {
                    primitive.JsonValue = null;
                    findings.Add(new FhirFinding(FhirFindingCodes.ParseIssue, FhirFindingSeverity.Warning, path,
                        $"The value has the wrong type or format for a FHIR {primitive.TypeName}; it is ignored. Check the bundle against FHIR R4."));
                }

                Walk(primitive, path, findings, depth + 1);
                break;
            case Base child:
                Walk(child, path, findings, depth + 1);
                break;
        }

        _ = parent;
    }

    private static bool Readable(PrimitiveType primitive)
    {
        if (primitive.JsonValue is null)
        {
            return true;
        }

        var property = ValueProperties.GetOrAdd(primitive.GetType(), TypedValue);
        try
        {
            _ = property?.GetValue(primitive);
            return true;
        }
        catch (TargetInvocationException)
        {
            return false;
        }
    }

    /// <summary>The typed <c>Value</c> property declared by the most derived type (Code&lt;T&gt; hides Code.Value).</summary>
    private static PropertyInfo? TypedValue(Type type)
    {
        for (var t = type; t is not null && t != typeof(PrimitiveType); t = t.BaseType)
        {
            var p = t.GetProperty("Value", BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            if (p is not null)
            {
                return p;
            }
        }

        return null;
    }
}
