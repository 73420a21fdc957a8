using System.Globalization;
using PreAuthKit.Validation.Findings;

namespace PreAuthKit.Photos;

/// <summary>Why a photo's content cannot be used: a catalog finding and the details for its message (the photo's number is added per record).</summary>
internal sealed record PhotoProblem(FindingDefinition Definition, params object?[] Details)
{
    /// <summary>The finding for the photo at <paramref name="index"/>, at <c>photos[index].path</c>, naming it by number.</summary>
    public ValidationFinding For(int index)
        => Definition.At(string.Create(CultureInfo.InvariantCulture, $"photos[{index}].path"), [(index + 1).ToString(CultureInfo.InvariantCulture), .. Details]);
}
