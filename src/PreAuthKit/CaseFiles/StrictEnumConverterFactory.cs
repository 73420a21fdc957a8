using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreAuthKit.CaseFiles;

/// <summary>
/// Enums in case files: exactly one of the documented kebab-case names (<c>"medicare-advantage"</c>),
/// matched case-sensitively. Unlike <see cref="JsonStringEnumConverter"/> it refuses numbers,
/// comma-separated combinations (<c>"female, male"</c>), other casings and padding, so a value
/// the docs do not list can never turn into some other value.
/// </summary>
internal sealed class StrictEnumConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) => typeToConvert.IsEnum;

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => (JsonConverter)Activator.CreateInstance(typeof(StrictEnumConverter<>).MakeGenericType(typeToConvert))!;
}
