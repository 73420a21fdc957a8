using System.Text.Json;
using System.Text.Json.Serialization;

namespace PreAuthKit.CaseFiles;

/// <summary>One enum's exact kebab-case names (see <see cref="StrictEnumConverterFactory"/>).</summary>
internal sealed class StrictEnumConverter<TEnum> : JsonConverter<TEnum>
    where TEnum : struct, Enum
{
    private static readonly Dictionary<string, TEnum> ByName = Enum.GetValues<TEnum>()
        .ToDictionary(value => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString()), StringComparer.Ordinal);

    private static readonly Dictionary<TEnum, string> ByValue = ByName.ToDictionary(pair => pair.Value, pair => pair.Key);

    public override TEnum Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && reader.GetString() is { } name && ByName.TryGetValue(name, out var value))
        {
            return value;
        }

        // The reader's "could not be converted" wording lets CaseFileReader list the allowed values (FindingCatalog.CaseFile.WrongType).
        throw new JsonException($"The JSON value could not be converted to {typeof(TEnum).FullName}.");
    }

    public override void Write(Utf8JsonWriter writer, TEnum value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ByValue.TryGetValue(value, out var name) ? name : throw new JsonException($"{typeof(TEnum).Name} has no case-file name for value {value}."));
    }
}
